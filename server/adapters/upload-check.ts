import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, UPLOAD_TYPE_NOT_ALLOWED } from '@shared/policy/uploads'
import type { AppError } from '@shared/result'
import { sniffFileType } from './disk/file-type'

/** The one check of an upload's bytes, wherever they arrived (the local runtime's body, CloudBase storage). */
export const checkUploadBytes = (bytes: Buffer): { mime: string } | { refused: AppError } => {
  if (bytes.length > MAX_UPLOAD_BYTES) return { refused: { code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE } }
  const mime = sniffFileType(bytes)
  if (!mime) return { refused: { code: 'FILE.TYPE_NOT_ALLOWED', message: UPLOAD_TYPE_NOT_ALLOWED } }
  return { mime }
}
