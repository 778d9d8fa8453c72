import {
  UNATTACHED_UPLOAD_RETENTION_DAYS,
  UPLOAD_BYTES_REACHED,
  UPLOAD_COUNT_REACHED,
  UPLOAD_QUOTA,
  type UploadQuota,
} from '@shared/policy/uploads'
import { type AppError, fail, type Result } from '@shared/result'
import { startOfShanghaiDay } from '@shared/time/calendar'
import type { StoredFile } from '../ports/file-store'
import type { Ports } from '../ports/ports'
import type { Call } from './call'

/**
 * Why an upload of `bytes` would go over the caller's daily quota, if it would. Over it is RATE_LIMITED
 * (HTTP 429): a quota is a rate over a day and the same file goes through tomorrow, where 413 would say the
 * file itself is too big. The runtime asks with the declared length before reading a body, and again after.
 */
export const quotaRefusal = async (
  call: Call,
  bytes: number,
  quota: UploadQuota = UPLOAD_QUOTA,
): Promise<AppError | undefined> => {
  const used = await call.ports.files.usage(call.caller, startOfShanghaiDay(call.today))
  const refuse = (message: string): AppError => ({ code: 'RATE_LIMITED', message, path: 'file' })
  if (used.count >= quota.filesPerDay) return refuse(UPLOAD_COUNT_REACHED(quota.filesPerDay))
  if (used.bytes + bytes > quota.bytesPerDay)
    return refuse(UPLOAD_BYTES_REACHED(used.bytes, quota.bytesPerDay))
  return undefined
}

/** An upload within the caller's daily quota. */
export const uploadFile = async (
  call: Call,
  upload: { bytes: Buffer; purpose?: string; fileID?: string },
  quota: UploadQuota = UPLOAD_QUOTA,
): Promise<Result<StoredFile>> => {
  const refused = await quotaRefusal(call, upload.bytes.length, quota)
  if (refused) return fail(refused)
  return call.ports.files.save({
    owner: call.caller,
    bytes: upload.bytes,
    purpose: upload.purpose,
    at: call.at,
    ...(upload.fileID ? { fileID: upload.fileID } : {}),
  })
}

/** The retention job: uploads older than the retention period that no record holds are removed. */
export const removeUnattachedUploads = (ports: Ports, days = UNATTACHED_UPLOAD_RETENTION_DAYS) =>
  ports.files.removeUnattached(new Date(ports.clock.now().getTime() - days * 86_400_000).toISOString())

/**
 * CloudBase: the phone has put the bytes in the caller's storage folder; they are checked (type, size), counted
 * against the daily quota and recorded as an upload over HTTP is. A refused file is deleted from storage, so
 * nothing unchecked stays there or can be attached (only recorded files belong to anyone).
 */
export const admitDirectUpload = async (
  call: Call,
  upload: { fileID: string; purpose?: string },
  quota: UploadQuota = UPLOAD_QUOTA,
): Promise<Result<StoredFile>> => {
  const bytes = await call.ports.files.uploadedDirectly(upload.fileID, call.caller)
  const admitted = bytes.ok
    ? await uploadFile(call, { bytes: bytes.value, purpose: upload.purpose, fileID: upload.fileID }, quota)
    : bytes
  if (!admitted.ok && admitted.error.code !== 'VALIDATION' && admitted.error.code !== 'FORBIDDEN')
    await call.ports.files.remove([upload.fileID], call.caller)
  return admitted
}
