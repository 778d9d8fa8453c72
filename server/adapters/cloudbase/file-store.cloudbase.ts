import { fail } from '@shared/result'
import type { FileStore } from '../../ports/file-store'

/**
 * On CloudBase the phone uploads straight to storage under `uploads/<openid>/…` (see docs/deploy-cloudbase.md);
 * a function only checks that a fileID it is handed lies in the caller's own folder.
 */
export const fileStoreCloudBase = (): FileStore => ({
  belongsTo: async (fileID, owner) => ownsCloudPath(fileID, owner),
  save: async () => fail({ code: 'FORBIDDEN', message: '请在小程序内直接上传文件' }),
  read: async () => undefined,
  // The bytes go from the phone to storage without passing here: files compare by fileID.
  contentHash: async () => undefined,
  // The phone uploads to cloud storage directly: quotas and clean-up belong to the storage's own rules there.
  usage: async () => ({ count: 0, bytes: 0 }),
  removeUnattached: async () => 0,
})

// cloud://<env>.<bucket>/<path>
const CLOUD_FILE = /^cloud:\/\/[A-Za-z0-9-]+\.[A-Za-z0-9-]+\/(.+)$/

export const ownsCloudPath = (fileID: string, owner: string): boolean => {
  const path = CLOUD_FILE.exec(fileID)?.[1]
  if (!path || path.includes('..') || path.includes('//') || path.includes('\\')) return false
  return path.startsWith(`uploads/${owner}/`) && path.length > `uploads/${owner}/`.length
}
