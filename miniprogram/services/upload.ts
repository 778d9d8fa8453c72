/**
 * Uploads on the web (H5): compress photos in a canvas, hash, then POST /api/upload with progress. The
 * mini-program's version is upload.weapp.ts (Taro picks the platform file at build time).
 */
import { getOpenid } from './session'
import { uploadAnswer } from './upload-answer'
import { COMPRESS, claimedType, isCompressible, refusalOf, sizeText } from './upload-rules'
import type { PickedFile, PreparedFile, SendResult } from './upload-types'

const UPLOAD_TIMEOUT_MS = 120_000

const loadImage = (blob: Blob): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const url = URL.createObjectURL(blob)
    const image = new Image()
    image.onload = () => {
      URL.revokeObjectURL(url)
      resolve(image)
    }
    image.onerror = () => {
      URL.revokeObjectURL(url)
      reject(new Error('not an image'))
    }
    image.src = url
  })

/** Longest side 1600, JPEG 0.7: a 3 MB phone photo becomes about 150 KB and stays readable. */
const compress = async (file: Blob): Promise<Blob> => {
  const image = await loadImage(file)
  const scale = Math.min(1, COMPRESS.longestSide / Math.max(image.naturalWidth, image.naturalHeight))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(image.naturalWidth * scale)
  canvas.height = Math.round(image.naturalHeight * scale)
  const context = canvas.getContext('2d')
  if (!context) return file
  context.fillStyle = '#fff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  const smaller = await new Promise<Blob | null>((resolve) =>
    canvas.toBlob(resolve, 'image/jpeg', COMPRESS.quality),
  )
  return smaller && smaller.size < file.size ? smaller : file
}

const hashOf = async (file: Blob & { name?: string; lastModified?: number }): Promise<string> => {
  // crypto.subtle exists in secure contexts only (localhost, https); elsewhere name, size and date tell.
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer())
    return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
  }
  return `${file.name}:${file.size}:${file.lastModified}`
}

/** Checks type and size as the server would, compresses photos and hashes the original. */
export const prepareFile = async (picked: PickedFile): Promise<PreparedFile | { refused: string }> => {
  const file = picked.source as Blob
  const type = claimedType(picked.name, picked.type)
  // A large photo may still fit once compressed: its size is checked after.
  const early = refusalOf(picked.name, picked.type, type && isCompressible(type) ? 1 : picked.size)
  if (early || !type) return { refused: early ?? '' }
  const hash = await hashOf(file)
  let body: Blob = file
  if (isCompressible(type) && file.size > COMPRESS.above) body = await compress(file).catch(() => file)
  const refused = refusalOf(picked.name, type, body.size)
  if (refused) return { refused }
  return {
    name: picked.name,
    size: body.size,
    type: body.type || type,
    hash,
    body,
    ...(body !== file ? { compressedFrom: file.size } : {}),
  }
}

/** POST /api/upload over XHR, for real upload progress on a slow link. */
export const sendFile = (
  file: PreparedFile,
  purpose: string,
  onProgress: (percent: number) => void,
): Promise<SendResult> =>
  new Promise((resolve) => {
    const form = new FormData()
    form.append('purpose', purpose)
    form.append('file', file.body as Blob, file.name)
    const request = new XMLHttpRequest()
    request.open('POST', '/api/upload')
    request.setRequestHeader('X-Openid', getOpenid())
    request.timeout = UPLOAD_TIMEOUT_MS
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100))
    }
    request.onload = () => resolve(uploadAnswer(request.status, request.responseText))
    request.onerror = () => resolve({ ok: false, message: '网络不可用，上传失败，请重试', retryable: true })
    request.ontimeout = () => resolve({ ok: false, message: '网络太慢，上传超时，请重试', retryable: true })
    request.send(form)
  })

export const describePrepared = (file: PreparedFile) =>
  file.compressedFrom
    ? `已压缩：${sizeText(file.compressedFrom)} → ${sizeText(file.size)}`
    : sizeText(file.size)

/** What the person can look at before sending: photos only (a PDF is shown by its name). */
export const previewOf = (file: PreparedFile): string | undefined =>
  isCompressible(file.type) ? URL.createObjectURL(file.body as Blob) : undefined

export const releasePreview = (preview: string | undefined) => {
  if (preview) URL.revokeObjectURL(preview)
}
