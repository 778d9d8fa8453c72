import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import path from 'node:path'
import { KEY_FILE } from '../adapters/crypto/data-key'
import { keyIdOf } from '../adapters/crypto/id-numbers.aes'
import { sha256OfFile, writeDurably } from './checksum'
import { type BackupManifest, MANIFEST_FILE } from './manifest'

const isEmptyOrAbsent = (dir: string) => !existsSync(dir) || readdirSync(dir).length === 0

/**
 * Brings a backup back into an empty DATA_DIR, after checking every checksum of its manifest and that the key
 * at hand is the one that sealed its ID numbers: the backup's own data.key, `keyFile`, or DATA_KEY. Nothing is
 * written to DATA_DIR unless all of that holds.
 */
export const restore = (options: {
  from: string
  dataDir: string
  keyFile?: string
  dataKey?: string
  log?: (line: string) => void
}) => {
  const log = options.log ?? console.log
  const manifestFile = path.join(options.from, MANIFEST_FILE)
  if (!existsSync(manifestFile))
    throw new Error(`${options.from} has no ${MANIFEST_FILE}: not a complete backup`)
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest
  if (!isEmptyOrAbsent(options.dataDir))
    throw new Error(`${options.dataDir} is not empty: restore only into an empty DATA_DIR`)

  const checks = [
    { path: manifest.database.file, size: manifest.database.bytes, sha256: manifest.database.sha256 },
    ...manifest.uploads.files,
  ]
  for (const file of checks) {
    const at = path.join(options.from, file.path)
    if (!existsSync(at) || statSync(at).size !== file.size || sha256OfFile(at) !== file.sha256)
      throw new Error(`${file.path} is missing or does not match the manifest: the backup is damaged`)
  }

  const included = path.join(options.from, KEY_FILE)
  const keyText = existsSync(included)
    ? readFileSync(included, 'utf8').trim()
    : options.keyFile
      ? readFileSync(options.keyFile, 'utf8').trim()
      : options.dataKey
  const { keyId } = manifest.idNumberKey
  if (keyText === undefined || keyText === '')
    throw new Error(
      `the ID numbers of this backup are sealed with key ${keyId}: pass --key-file <file> or set DATA_KEY`,
    )
  if (keyId && keyIdOf(Buffer.from(keyText, 'utf8')) !== keyId)
    throw new Error(
      `that key (id ${keyIdOf(Buffer.from(keyText, 'utf8'))}) is not this backup's key (id ${keyId})`,
    )

  const staging = `${path.resolve(options.dataDir)}.restoring`
  rmSync(staging, { recursive: true, force: true })
  for (const file of checks) {
    mkdirSync(path.dirname(path.join(staging, file.path)), { recursive: true })
    copyFileSync(path.join(options.from, file.path), path.join(staging, file.path))
  }
  // With DATA_KEY the operator keeps passing it; otherwise the key goes where the server looks for it.
  if (!options.dataKey || existsSync(included) || options.keyFile)
    writeDurably(path.join(staging, KEY_FILE), keyText)
  rmSync(options.dataDir, { recursive: true, force: true })
  renameSync(staging, options.dataDir)
  log(
    `restored ${options.from} (taken ${manifest.createdAt}) into ${options.dataDir}: ${Object.entries(
      manifest.counts,
    )
      .map(([table, n]) => `${table} ${n}`)
      .join(', ')}; ${manifest.uploads.count} uploads`,
  )
}
