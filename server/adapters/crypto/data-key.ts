import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const KEY_FILE = 'data.key'
/** The new key while `npm run rotate-key` runs; the old one is kept as the retired file afterwards. */
export const NEXT_KEY_FILE = 'data.key.next'
export const retiredKeyFile = (keyId: string) => `data.key.retired-${keyId}`

/**
 * DATA_KEY (any string of at least 32 characters, e.g. `openssl rand -base64 32`) wins; without it a
 * local runtime keeps a random key in DATA_DIR/data.key, readable by its owner only.
 */
export const loadDataKey = (dataKey: string | undefined, dataDir: string): Buffer => {
  if (dataKey !== undefined && dataKey !== '') return parseDataKey(dataKey)
  const file = path.join(dataDir, KEY_FILE)
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' })
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600)
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8')
}

export const parseDataKey = (dataKey: string): Buffer => {
  if (dataKey.length < 32) throw new Error('DATA_KEY must be at least 32 characters')
  return Buffer.from(dataKey, 'utf8')
}
