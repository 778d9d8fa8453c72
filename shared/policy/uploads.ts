/** What an upload may be: the phone refuses the same files the server does, before sending them. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024

export const UPLOAD_TOO_LARGE = `文件不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`

export const ALLOWED_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] as const
export type AllowedUploadType = (typeof ALLOWED_UPLOAD_TYPES)[number]

export const UPLOAD_TYPE_NOT_ALLOWED = '只能上传 JPG、PNG、HEIC 图片或 PDF 文件'
