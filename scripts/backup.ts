/**
 * A consistent copy of DATA_DIR while the server keeps serving: database, uploads, manifest.
 *   npm run backup [-- --to <folder>] [--include-key]
 * The ID-number key is left out unless --include-key says otherwise: keep it apart from the data.
 */
import path from 'node:path'
import { backup } from '../server/operations/backup'

const at = process.argv.indexOf('--to')
try {
  backup({
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data'),
    to: path.resolve(at > 0 ? process.argv[at + 1] : (process.env.BACKUP_DIR ?? 'backups')),
    includeKey: process.argv.includes('--include-key'),
    dataKey: process.env.DATA_KEY || undefined,
  })
} catch (error) {
  console.error(`backup: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
