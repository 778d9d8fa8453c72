import {
  ALLOWED_UPLOAD_TYPES,
  type AllowedUploadType,
  MAX_UPLOAD_BYTES,
  UPLOAD_TOO_LARGE,
  UPLOAD_TYPE_NOT_ALLOWED,
} from '@shared/policy/uploads'

/** Photos are made smaller on the phone before they travel: the longest side and JPEG quality. */
export const COMPRESS = { longestSide: 1600, quality: 0.7, above: 300 * 1024 }

const BY_EXTENSION: Record<string, AllowedUploadType> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  heif: 'image/heic',
  pdf: 'application/pdf',
}

/** The type a picked file claims (its MIME type, else its extension); the server checks the bytes again. */
export const claimedType = (name: string, type: string): AllowedUploadType | undefined => {
  if ((ALLOWED_UPLOAD_TYPES as readonly string[]).includes(type)) return type as AllowedUploadType
  if (type === 'image/heif') return 'image/heic'
  return BY_EXTENSION[name.split('.').pop()?.toLowerCase() ?? '']
}

/** The refusal the server would give, before anything is sent. */
export const refusalOf = (name: string, type: string, size: number): string | undefined => {
  if (!claimedType(name, type)) return UPLOAD_TYPE_NOT_ALLOWED
  if (size > MAX_UPLOAD_BYTES) return UPLOAD_TOO_LARGE
  if (size === 0) return '文件是空的，请重新选择'
  return undefined
}

export const isCompressible = (type: string) => type === 'image/jpeg' || type === 'image/png'

export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`
