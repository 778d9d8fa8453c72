import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import path from 'node:path'
import { KEY_FILE, NEXT_KEY_FILE, parseDataKey, retiredKeyFile } from '../adapters/crypto/data-key'

/** Written and flushed to disk before any record is sealed under it: a crash must never lose a key in use. */
const writeKeyFile = (file: string, text: string) => {
  const fd = openSync(file, 'wx', 0o600)
  try {
    writeSync(fd, text)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  const dir = openSync(path.dirname(file), 'r')
  fsyncSync(dir)
  closeSync(dir)
}

const readKey = (file: string) => Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8')

/** The keys of a rotation kept in files: the current one, and the next one made once and reused on a rerun. */
export const keyFilePair = (dataDir: string): { from: Buffer; to: Buffer } => {
  const current = path.join(dataDir, KEY_FILE)
  if (!existsSync(current))
    throw new Error(`no ${KEY_FILE} in ${dataDir}: with DATA_KEY, also set NEW_DATA_KEY`)
  const next = path.join(dataDir, NEXT_KEY_FILE)
  if (!existsSync(next)) writeKeyFile(next, randomBytes(32).toString('base64'))
  return { from: readKey(current), to: readKey(next) }
}

export const keyEnvPair = (from: string, to: string | undefined) => {
  if (!to) throw new Error('DATA_KEY is set: set NEW_DATA_KEY to the new key (32+ characters) as well')
  return { from: parseDataKey(from), to: parseDataKey(to) }
}

/** The old key stays beside the data as a retired file (old backups need it); the next one becomes the key. */
export const swapKeyFiles = (dataDir: string, fromKeyId: string, fromKey: Buffer) => {
  const retired = path.join(dataDir, retiredKeyFile(fromKeyId))
  if (!existsSync(retired)) writeKeyFile(retired, fromKey.toString('utf8'))
  renameSync(path.join(dataDir, NEXT_KEY_FILE), path.join(dataDir, KEY_FILE))
  return retired
}
