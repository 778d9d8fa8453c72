import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs'
import path from 'node:path'
import Database from 'libsql'
import { KEY_FILE } from '../adapters/crypto/data-key'
import { uploadFilePath } from '../adapters/disk/file-store.disk'
import { DATABASE_FILE } from '../adapters/sqlite/database.sqlite'
import { STORE_META } from '../adapters/sqlite/store-meta.sqlite'
import { sha256OfFile, writeDurably } from './checksum'
import { BACKED_UP_TABLES, type BackupManifest, keyNote, MANIFEST_FILE } from './manifest'

/**
 * A consistent copy of a store that keeps serving: VACUUM INTO reads one snapshot of the database (the server
 * writes on meanwhile through the WAL), then the uploads that snapshot lists are copied and checked against
 * their recorded sha256. Returns the backup folder.
 */
export const backup = (options: {
  dataDir: string
  to: string
  includeKey?: boolean
  dataKey?: string
  now?: Date
  log?: (line: string) => void
}): string => {
  const log = options.log ?? console.log
  const createdAt = (options.now ?? new Date()).toISOString()
  const folder = path.join(options.to, `yidi-${createdAt.replace(/[:.]/g, '-')}`)
  const partial = `${folder}.partial`
  mkdirSync(partial, { recursive: true })
  const live = new Database(path.join(options.dataDir, DATABASE_FILE))
  live.pragma('busy_timeout = 5000')
  const copy = path.join(partial, DATABASE_FILE)
  live.prepare('VACUUM INTO ?').run(copy)

  const snapshot = new Database(copy)
  const stillListed = live.prepare('SELECT 1 FROM files WHERE id = ?')
  const files: BackupManifest['uploads']['files'] = []
  for (const row of snapshot.prepare('SELECT id, size, sha256 FROM files').all() as FileRow[]) {
    const relative = uploadFilePath('uploads', row.id)
    const source = path.join(options.dataDir, relative)
    // The retention job may remove an unattached upload between the snapshot and its copy.
    if (!existsSync(source) && !stillListed.get(row.id)) {
      snapshot.prepare('DELETE FROM files WHERE id = ?').run(row.id)
      continue
    }
    mkdirSync(path.dirname(path.join(partial, relative)), { recursive: true })
    copyFileSync(source, path.join(partial, relative))
    const sha256 = sha256OfFile(path.join(partial, relative))
    if (sha256 !== row.sha256) throw new Error(`upload ${row.id} does not match its recorded sha256`)
    files.push({ path: relative, size: row.size, sha256 })
  }
  live.close()
  const counts = Object.fromEntries(
    BACKED_UP_TABLES.map((table) => [
      table,
      (snapshot.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  )
  const keyId =
    (
      snapshot.prepare('SELECT value FROM store_meta WHERE name = ?').get(STORE_META.dataKeyId) as
        | { value: string }
        | undefined
    )?.value ?? null
  const schemaVersion = (
    snapshot.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }
  ).v
  snapshot.close()

  const includeKey = Boolean(options.includeKey)
  if (includeKey) {
    const key = options.dataKey || readFileSync(path.join(options.dataDir, KEY_FILE), 'utf8')
    writeDurably(path.join(partial, KEY_FILE), key.trim())
  }
  const manifest: BackupManifest = {
    format: 'yidi-backup/1',
    createdAt,
    source: options.dataDir,
    database: { file: DATABASE_FILE, bytes: statSync(copy).size, sha256: sha256OfFile(copy), schemaVersion },
    counts,
    uploads: { count: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0), files },
    idNumberKey: { keyId, included: includeKey, note: keyNote(keyId, includeKey) },
  }
  writeDurably(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
  renameSync(partial, folder)
  log(
    `backup ${folder}: ${Object.entries(counts)
      .map(([table, n]) => `${table} ${n}`)
      .join(', ')}; ${files.length} uploads`,
  )
  log(manifest.idNumberKey.note)
  return folder
}

interface FileRow {
  id: string
  size: number
  sha256: string
}
