import { UPLOAD_TOO_LARGE } from '@shared/policy/uploads'
import type { SendResult } from './upload-types'

/** What `POST /api/upload` answered (its status and body), as the uploader shows it. */
export const uploadAnswer = (status: number, text: string): SendResult => {
  try {
    const reply = JSON.parse(text) as {
      ok?: boolean
      data?: { fileID?: string }
      error?: { message?: string }
    }
    if (reply.ok && reply.data?.fileID) return { ok: true, fileID: reply.data.fileID }
    if (reply.error?.message) return { ok: false, message: reply.error.message, retryable: status >= 500 }
  } catch {
    // Not our envelope (a proxy's error page): fall through.
  }
  if (status === 413) return { ok: false, message: UPLOAD_TOO_LARGE, retryable: false }
  return { ok: false, message: '服务暂时不可用，请稍后重试', retryable: true }
}
