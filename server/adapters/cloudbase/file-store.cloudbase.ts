import { createHash } from 'node:crypto'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@shared/policy/uploads'
import { fail, ok } from '@shared/result'
import type { FileStore, StoredFile } from '../../ports/file-store'
import { checkUploadBytes } from '../upload-check'
import { type CloudDb, COLLECTIONS, first, isDuplicate, MAX_PAGE, unwrap } from './database.cloudbase'
import type { CloudStorage } from './storage.cloudbase'

/** A temporary URL lives this long: enough to look at a photo or open a PDF, too short to pass around. */
const LINK_SECONDS = 600

type Stored = StoredFile & { _id: string }
const toFile = ({ _id, ...file }: Stored): StoredFile => file

const NOT_YOURS = '文件不存在或不是您上传的，请重新上传'

/**
 * On CloudBase the phone uploads straight to storage under `uploads/<openid>/…` (see docs/deploy-cloudbase.md);
 * a function then checks the bytes as the local runtime does and records the file in the `files` collection,
 * with its owner, type, size and time: what ownership, the daily quota and the clean-up read. Storage itself
 * is private (its rule lets only the uploader read from the phone); others get short-lived links from a function.
 */
export const fileStoreCloudBase = (db: CloudDb, storage: CloudStorage): FileStore => {
  const files = db.collection(COLLECTIONS.files)
  const _ = db.command
  const recorded = (fileID: string) => first<Stored>(files.where({ _id: fileID }))
  /** Any filing (materials, signature) or claim still holding the file. */
  const referenced = async (fileID: string) => {
    const holders = [
      db.collection(COLLECTIONS.filings).where({ 'materials.fileID': fileID }),
      db.collection(COLLECTIONS.filings).where({ 'draft.commitment.signatureFileID': fileID }),
      db.collection(COLLECTIONS.claims).where({ 'materials.fileID': fileID }),
    ]
    for (const holder of holders) if ((await unwrap(holder.count())).total > 0) return true
    return false
  }
  const forget = async (fileIDs: string[]) => {
    if (fileIDs.length === 0) return
    await storage.remove(fileIDs)
    await unwrap(files.where({ _id: _.in(fileIDs) }).remove())
  }

  return {
    async save({ owner, bytes, purpose, at, fileID }) {
      if (!fileID || !ownsCloudPath(fileID, owner))
        return fail({ code: 'FORBIDDEN', message: '请在小程序内直接上传文件' })
      const checked = checkUploadBytes(bytes)
      if ('refused' in checked) return fail(checked.refused)
      const file: StoredFile = {
        fileID,
        owner,
        mime: checked.mime,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        ...(purpose ? { purpose } : {}),
        createdAt: at,
      }
      try {
        await unwrap(files.add({ _id: fileID, ...file }))
      } catch (error) {
        // Checked twice (a retried call): the first record stands.
        if (!isDuplicate(error)) throw error
        const earlier = await recorded(fileID)
        return earlier ? ok(toFile(earlier)) : fail({ code: 'CONFLICT', message: '文件正在处理，请稍后重试' })
      }
      return ok(file)
    },
    async uploadedDirectly(fileID, owner) {
      if (!ownsCloudPath(fileID, owner))
        return fail({ code: 'VALIDATION', message: NOT_YOURS, path: 'fileID' })
      const size = await storage.sizeOf(fileID)
      if (size === undefined) return fail({ code: 'VALIDATION', message: NOT_YOURS, path: 'fileID' })
      // A function has 256 MB: anything over the limit is refused without being read.
      if (size > MAX_UPLOAD_BYTES) return fail({ code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE })
      const bytes = await storage.download(fileID)
      return bytes ? ok(bytes) : fail({ code: 'VALIDATION', message: NOT_YOURS, path: 'fileID' })
    },
    async read(fileID) {
      const file = await recorded(fileID)
      const bytes = file && (await storage.download(fileID))
      return file && bytes ? { file: toFile(file), bytes } : undefined
    },
    async info(fileID) {
      const file = await recorded(fileID)
      return file && toFile(file)
    },
    contentHash: async (fileID) => (await recorded(fileID))?.sha256,
    links: (fileIDs) => storage.temporaryUrls(fileIDs, LINK_SECONDS),
    async belongsTo(fileID, owner) {
      if (!ownsCloudPath(fileID, owner)) return false
      return (await recorded(fileID))?.owner === owner
    },
    async usage(owner, since) {
      const { data } = await unwrap(
        files
          .where({ owner, createdAt: _.gte(since) })
          .limit(MAX_PAGE)
          .get(),
      )
      const found = data as Stored[]
      return { count: found.length, bytes: found.reduce((sum, file) => sum + file.size, 0) }
    },
    async removeUnattached(before) {
      const { data } = await unwrap(
        files
          .where({ createdAt: _.lt(before) })
          .limit(MAX_PAGE)
          .get(),
      )
      const unattached: string[] = []
      for (const file of data as Stored[]) if (!(await referenced(file._id))) unattached.push(file._id)
      await forget(unattached)
      return unattached.length
    },
    async remove(fileIDs, owner) {
      // Also what a refused upload leaves in storage, recorded or not: anything in the owner's own folder.
      const own = fileIDs.filter((fileID) => ownsCloudPath(fileID, owner))
      await forget(own)
      return own.length
    },
  }
}

// cloud://<env>.<bucket>/<path>
const CLOUD_FILE = /^cloud:\/\/[A-Za-z0-9-]+\.[A-Za-z0-9-]+\/(.+)$/

export const ownsCloudPath = (fileID: string, owner: string): boolean => {
  const path = CLOUD_FILE.exec(fileID)?.[1]
  if (!path || path.includes('..') || path.includes('//') || path.includes('\\')) return false
  return path.startsWith(`uploads/${owner}/`) && path.length > `uploads/${owner}/`.length
}
