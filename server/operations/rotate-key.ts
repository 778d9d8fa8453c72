import { idNumbersAes } from '../adapters/crypto/id-numbers.aes'
import { openDatabase } from '../adapters/sqlite/database.sqlite'
import { STORE_META, storeMeta } from '../adapters/sqlite/store-meta.sqlite'
import { runningServer } from '../runtime/server-lock'
import { keyEnvPair, keyFilePair, swapKeyFiles } from './key-files'
import { resealTable } from './reseal'

export interface RotationOptions {
  dataDir: string
  /** DATA_KEY and NEW_DATA_KEY when the key is kept in the environment; else the key file rotates. */
  dataKey?: string
  newDataKey?: string
  batch?: number
  log?: (line: string) => void
}

/**
 * Re-seals every ID number under a new key in one pass, with the server stopped. The store is marked while
 * the rotation runs, so neither the server nor a second rotation towards another key starts on a half-done
 * store; running the command again after an interruption finishes the job.
 */
export const rotateKey = (options: RotationOptions) => {
  const log = options.log ?? console.log
  // A server still sealing under the old key would leave records behind the rotation.
  const server = runningServer(options.dataDir)
  if (server) throw new Error(`a server (pid ${server}) is running on ${options.dataDir}: stop it first`)
  const fromEnv = Boolean(options.dataKey)
  const pair = fromEnv ? keyEnvPair(options.dataKey!, options.newDataKey) : keyFilePair(options.dataDir)
  const keys = { from: idNumbersAes(pair.from), to: idNumbersAes(pair.to) }
  if (keys.from.keyId === keys.to.keyId) throw new Error('the new key is the current key')
  const db = openDatabase(options.dataDir)
  try {
    const meta = storeMeta(db)
    const rotation = JSON.stringify({ from: keys.from.keyId, to: keys.to.keyId })
    const underWay = meta.get(STORE_META.keyRotation)
    if (underWay && JSON.parse(underWay).to !== keys.to.keyId)
      throw new Error(`a rotation to another key is under way (${underWay}): finish it with that key`)
    meta.set(STORE_META.keyRotation, rotation)
    log(`rotating ID-number key ${keys.from.keyId} → ${keys.to.keyId}${underWay ? ' (resuming)' : ''}`)
    let resealed = 0
    for (const table of ['filings', 'claims'] as const) {
      resealed += resealTable(db, table, keys, options.batch ?? 500, (done, total) =>
        log(`${table}: ${done}/${total} checked`),
      )
    }
    db.transaction(() => {
      meta.set(STORE_META.dataKeyId, keys.to.keyId)
      meta.remove(STORE_META.keyRotation)
    }).immediate()
    log(`re-sealed ${resealed} ID numbers under key ${keys.to.keyId}`)
  } finally {
    db.close()
  }
  if (fromEnv) {
    log(
      'now start the server with DATA_KEY set to the new key (NEW_DATA_KEY); keep the old key with older backups',
    )
    return
  }
  const retired = swapKeyFiles(options.dataDir, keys.from.keyId, pair.from)
  log(`data.key is the new key; the old one is ${retired}: move it to where older backups are kept`)
}
