/**
 * Restores a backup folder into an empty DATA_DIR, after checking its checksums and its key.
 *   npm run restore -- <backup folder> [--key-file <data.key>]   (or DATA_KEY=<key>)
 */
import path from 'node:path'
import { restore } from '../server/operations/restore'

const from = process.argv[2]
const at = process.argv.indexOf('--key-file')
try {
  if (!from || from.startsWith('--')) throw new Error('say which backup folder: npm run restore -- <folder>')
  restore({
    from: path.resolve(from),
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data'),
    keyFile: at > 0 ? path.resolve(process.argv[at + 1]) : undefined,
    dataKey: process.env.DATA_KEY || undefined,
  })
} catch (error) {
  console.error(`restore: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
