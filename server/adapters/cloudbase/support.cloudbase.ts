import { fail } from '@shared/result'
import type { FaqFeedback } from '../../ports/faq-feedback'
import type { FileStore } from '../../ports/file-store'
import type { StaffRoster } from '../../ports/staff-roster'
import { type CloudDb, COLLECTIONS, first, unwrap } from './database.cloudbase'

export const faqFeedbackCloudBase = (db: CloudDb): FaqFeedback => ({
  async add(entry) {
    await unwrap(db.collection(COLLECTIONS.faqFeedback).add(entry))
  },
})

/** Staff documents are keyed by openid; the agency adds them in the console. */
export const staffCloudBase = (db: CloudDb): StaffRoster => ({
  includes: async (openid) =>
    (await first(db.collection(COLLECTIONS.staff).where({ _id: openid }).limit(1))) !== undefined,
})

/**
 * On CloudBase the phone uploads straight to storage under `uploads/<openid>/…` (see docs/deploy-cloudbase.md);
 * a function only checks that a fileID it is handed lies in the caller's own folder.
 */
export const fileStoreCloudBase = (): FileStore => ({
  belongsTo: async (fileID, owner) => ownsCloudPath(fileID, owner),
  save: async () => fail({ code: 'FORBIDDEN', message: '请在小程序内直接上传文件' }),
  read: async () => undefined,
})

// cloud://<env>.<bucket>/<path>
const CLOUD_FILE = /^cloud:\/\/[A-Za-z0-9-]+\.[A-Za-z0-9-]+\/(.+)$/

export const ownsCloudPath = (fileID: string, owner: string): boolean => {
  const path = CLOUD_FILE.exec(fileID)?.[1]
  if (!path || path.includes('..') || path.includes('//') || path.includes('\\')) return false
  return path.startsWith(`uploads/${owner}/`) && path.length > `uploads/${owner}/`.length
}
