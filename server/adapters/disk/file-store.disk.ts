import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fail, ok } from '@shared/result'
import type { FileStore, StoredFile } from '../../ports/file-store'
import type { SqliteDatabase } from '../sqlite/database.sqlite'
import { unattachedRemover } from '../sqlite/unattached-files.sqlite'
import { checkUploadBytes } from '../upload-check'

/** fileIDs are minted here, never taken from a client, so no path a client sends reaches the disk. */
const FILE_ID = /^f_[0-9a-f]{32}$/

interface FileRow {
  id: string
  owner: string
  purpose: string | null
  mime: string
  size: number
  sha256: string
  created_at: string
}

const toFile = (row: FileRow): StoredFile => ({
  fileID: row.id,
  owner: row.owner,
  mime: row.mime,
  size: row.size,
  sha256: row.sha256,
  ...(row.purpose ? { purpose: row.purpose } : {}),
  createdAt: row.created_at,
})

/** Where an upload's bytes lie under the uploads folder: a subfolder per two hex digits, then the fileID. */
export const uploadFilePath = (dir: string, fileID: string) => path.join(dir, fileID.slice(2, 4), fileID)

/** Bytes under `dir` (keep it outside any web root), their index in the `files` table. */
export const fileStoreDisk = (db: SqliteDatabase, dir: string): FileStore => {
  const insert = db.prepare(
    'INSERT INTO files (id, owner, purpose, mime, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  const select = db.prepare('SELECT * FROM files WHERE id = ?')
  const usedSince = db.prepare(
    'SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS bytes FROM files WHERE owner = ? AND created_at >= ?',
  )
  const removeRows = unattachedRemover(db)
  const removeRow = db.prepare('DELETE FROM files WHERE id = ?')
  const pathOf = (fileID: string) => uploadFilePath(dir, fileID)
  const describe = (fileID: string) => {
    if (!FILE_ID.test(fileID)) return undefined
    const row = select.get(fileID) as FileRow | undefined
    return row && toFile(row)
  }

  return {
    async save({ owner, bytes, purpose, at }) {
      const checked = checkUploadBytes(bytes)
      if ('refused' in checked) return fail(checked.refused)
      const { mime } = checked
      const fileID = `f_${randomBytes(16).toString('hex')}`
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const target = pathOf(fileID)
      mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 })
      // Written aside and renamed, so a crash never leaves a half file under a valid fileID.
      writeFileSync(`${target}.part`, bytes, { mode: 0o600 })
      renameSync(`${target}.part`, target)
      insert.run(fileID, owner, purpose ?? null, mime, bytes.length, sha256, at)
      return ok({
        fileID,
        owner,
        mime,
        size: bytes.length,
        sha256,
        ...(purpose ? { purpose } : {}),
        createdAt: at,
      })
    },
    async read(fileID) {
      const file = describe(fileID)
      return file && { file, bytes: readFileSync(pathOf(fileID)) }
    },
    async uploadedDirectly() {
      return fail({ code: 'FORBIDDEN', message: '请通过上传接口（/api/upload）上传文件' })
    },
    async info(fileID) {
      return describe(fileID)
    },
    async links(fileIDs) {
      return new Map(
        fileIDs.filter((fileID) => describe(fileID)).map((fileID) => [fileID, `/api/files/${fileID}`]),
      )
    },
    async belongsTo(fileID, owner) {
      return describe(fileID)?.owner === owner
    },
    async contentHash(fileID) {
      return describe(fileID)?.sha256
    },
    async usage(owner, since) {
      const { count, bytes } = usedSince.get(owner, since) as { count: number; bytes: number }
      return { count, bytes }
    },
    async removeUnattached(before) {
      const removed = removeRows(before)
      for (const fileID of removed) rmSync(pathOf(fileID), { force: true })
      return removed.length
    },
    async remove(fileIDs, owner) {
      const own = fileIDs.filter((fileID) => describe(fileID)?.owner === owner)
      for (const fileID of own) {
        removeRow.run(fileID)
        rmSync(pathOf(fileID), { force: true })
      }
      return own.length
    },
  }
}
