/**
 * Uploads in the mini-program: choose, compress with WeChat, hash, then upload straight to cloud storage
 * under the caller's own folder (uploads/<openid>/…), and have the account function check and record it
 * (type, size, daily quota); only a recorded file can be attached. A build for a self-hosted server sends the
 * file to its `/api/upload` instead (upload-https.ts).
 */
import Taro from '@tarojs/taro'
import { call } from './api'
import { sendToSelfHosted } from './upload-https'
import { claimedType, isCompressible, refusalOf, sizeText } from './upload-rules'
import type { PickedFile, PreparedFile, SendResult } from './upload-types'

let uploadPrefix: string | undefined

/** The caller's folder, asked once: the phone does not know its OPENID, the server does. */
const prefix = (): Promise<string | undefined> =>
  uploadPrefix
    ? Promise.resolve(uploadPrefix)
    : call('account.whoami', {}).then((reply) => {
        if (reply.ok) uploadPrefix = reply.data.uploadPrefix
        return uploadPrefix
      })

const digest = (filePath: string): Promise<string> =>
  new Promise((resolve) => {
    try {
      Taro.getFileSystemManager().getFileInfo({
        filePath,
        digestAlgorithm: 'sha1',
        success: (info) => resolve((info as { digest?: string }).digest ?? `${filePath}`),
        fail: () => resolve(filePath),
      })
    } catch {
      resolve(filePath)
    }
  })

/** Checks type and size as the server would, compresses photos with WeChat and hashes the original. */
export const prepareFile = async (picked: PickedFile): Promise<PreparedFile | { refused: string }> => {
  const original = picked.source as string
  const type = claimedType(picked.name, picked.type)
  const refused = refusalOf(picked.name, picked.type, type && isCompressible(type) ? 1 : picked.size)
  if (refused || !type) return { refused: refused ?? '' }
  const hash = await digest(original)
  let path = original
  let size = picked.size
  if (isCompressible(type)) {
    const compressed = await Taro.compressImage({ src: original, quality: 70 }).catch(() => undefined)
    if (compressed?.tempFilePath) path = compressed.tempFilePath
    size = await new Promise<number>((resolve) =>
      Taro.getFileSystemManager().getFileInfo({
        filePath: path,
        success: (info) => resolve(info.size),
        fail: () => resolve(picked.size),
      }),
    )
  }
  const late = refusalOf(picked.name, type, size)
  if (late) return { refused: late }
  return {
    name: picked.name,
    size,
    type,
    hash,
    body: path,
    ...(size < picked.size ? { compressedFrom: picked.size } : {}),
  }
}

/** The function's check of what was just put in storage: its refusal, in its words, is final for that file. */
const admit = (fileID: string, purpose: string): Promise<SendResult> =>
  call('account.upload', { fileID, purpose: purpose.slice(0, 50) }).then((reply) => {
    if (reply.ok) return { ok: true, fileID: reply.data.fileID }
    const retryable = reply.error.code === 'INTERNAL' || reply.error.code === 'RATE_LIMITED'
    return { ok: false, message: reply.error.message, retryable }
  })

export const sendFile = async (
  file: PreparedFile,
  purpose: string,
  onProgress: (percent: number) => void,
): Promise<SendResult> => {
  if (process.env.API_BASE_URL) return sendToSelfHosted(file, purpose, onProgress)
  const folder = await prefix()
  if (!folder) return { ok: false, message: '网络不可用，上传失败，请重试', retryable: true }
  const extension = file.type === 'application/pdf' ? 'pdf' : file.type === 'image/png' ? 'png' : 'jpg'
  const cloudPath = `${folder}${Date.now()}-${Math.random().toString(36).slice(2, 10)}.${extension}`
  const stored = await new Promise<SendResult>((resolve) => {
    // Taro.cloud.uploadFile is wx.cloud.uploadFile: callbacks, and a task that may lack onProgressUpdate.
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath: file.body as string,
      success: (result) => resolve({ ok: true, fileID: result.fileID }),
      fail: () => resolve({ ok: false, message: '网络不可用，上传失败，请重试', retryable: true }),
    }) as unknown as
      | { onProgressUpdate?: (listener: (event: { progress: number }) => void) => void }
      | undefined
    if (typeof task?.onProgressUpdate === 'function')
      task.onProgressUpdate((event) => onProgress(event.progress))
  })
  return stored.ok ? admit(stored.fileID, purpose) : stored
}

export const describePrepared = (file: PreparedFile) =>
  file.compressedFrom
    ? `已压缩：${sizeText(file.compressedFrom)} → ${sizeText(file.size)}`
    : sizeText(file.size)

/** What the person can look at before sending: photos only (a PDF is shown by its name). */
export const previewOf = (file: PreparedFile): string | undefined =>
  isCompressible(file.type) ? (file.body as string) : undefined

/** A temp file path needs no release. */
export const releasePreview = (_preview: string | undefined) => undefined
