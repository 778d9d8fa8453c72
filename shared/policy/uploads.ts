/** What an upload may be: the phone refuses the same files the server does, before sending them. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export const UPLOAD_TOO_LARGE = `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`

export const ALLOWED_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] as const
export type AllowedUploadType = (typeof ALLOWED_UPLOAD_TYPES)[number]

export const UPLOAD_TYPE_NOT_ALLOWED = '只能上传 JPG、PNG、HEIC 图片或 PDF 文件'

/**
 * Per caller and Shanghai day. A family's filings and a claim's invoices come to a few dozen photos (the app
 * compresses them to ~200 KB); the limits stop one account from filling the disk, not a person from filing.
 */
export const UPLOAD_QUOTA = { filesPerDay: 100, bytesPerDay: 200 * 1024 * 1024 } as const
export type UploadQuota = { filesPerDay: number; bytesPerDay: number }

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export const UPLOAD_COUNT_REACHED = (limit: number) =>
  `上传文件今天已达 ${limit} 个的上限，请明天再上传；已上传的文件不受影响`

export const UPLOAD_BYTES_REACHED = (used: number, limit: number) =>
  `上传文件今天已用 ${megabytes(used)}，本文件会超过每日 ${megabytes(limit)} 的上限，请压缩后再传或明天再上传`

/** Uploads that no filing or claim references by then are removed: a chosen photo never sent stays a week. */
export const UNATTACHED_UPLOAD_RETENTION_DAYS = 7
