import { existsSync } from 'node:fs'
import path from 'node:path'
import { KEY_FILE, loadDataKey, NEXT_KEY_FILE } from '../adapters/crypto/data-key'
import { idNumbersAes } from '../adapters/crypto/id-numbers.aes'
import type { SqliteDatabase } from '../adapters/sqlite/database.sqlite'
import { STORE_META, sampleSealedIdNumber, storeMeta } from '../adapters/sqlite/store-meta.sqlite'
import type { IdNumbers } from '../ports/id-numbers'

/**
 * The key of this store's ID numbers, or a refusal to start: with a wrong key, or a fresh one generated because
 * the key file was not restored, every new record would be sealed under it and the stored ones left unreadable.
 */
export const openDataKey = (db: SqliteDatabase, dataDir: string, dataKey?: string): IdNumbers => {
  const meta = storeMeta(db)
  const rotation = meta.get(STORE_META.keyRotation)
  if (rotation || existsSync(path.join(dataDir, NEXT_KEY_FILE)))
    throw new Error(`a key rotation is unfinished in ${dataDir}: run npm run rotate-key again to finish it`)
  const stored = meta.get(STORE_META.dataKeyId)
  const keyFile = path.join(dataDir, KEY_FILE)
  if (stored && !dataKey && !existsSync(keyFile))
    throw new Error(
      `no key for the ID numbers in ${dataDir} (key id ${stored}): set DATA_KEY or put its key file back at ${keyFile}`,
    )
  const idNumbers = idNumbersAes(loadDataKey(dataKey, dataDir))
  const refuse = (): never => {
    throw new Error(
      `this key (id ${idNumbers.keyId}) is not the key of the ID numbers in ${dataDir}${stored ? ` (id ${stored})` : ''}`,
    )
  }
  if (stored) return stored === idNumbers.keyId ? idNumbers : refuse()
  const sample = sampleSealedIdNumber(db)
  if (sample !== undefined) {
    try {
      idNumbers.open(sample)
    } catch {
      refuse()
    }
  }
  meta.set(STORE_META.dataKeyId, idNumbers.keyId)
  return idNumbers
}
