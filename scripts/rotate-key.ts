/**
 * Re-seals every stored ID number under a new key. Stop the server first; an interrupted run is finished by
 * running it again.
 *   npm run rotate-key                                   (key file DATA_DIR/data.key)
 *   DATA_KEY=<old> NEW_DATA_KEY=<new> npm run rotate-key (key in the environment)
 * Options: --batch <records per transaction> (500)
 */
import path from 'node:path'
import { rotateKey } from '../server/operations/rotate-key'

const at = process.argv.indexOf('--batch')
try {
  rotateKey({
    dataDir: path.resolve(process.env.DATA_DIR ?? '.data'),
    dataKey: process.env.DATA_KEY || undefined,
    newDataKey: process.env.NEW_DATA_KEY || undefined,
    batch: at > 0 ? Number(process.argv[at + 1]) : undefined,
  })
} catch (error) {
  console.error(`rotate-key: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
}
