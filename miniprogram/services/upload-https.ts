/**
 * Uploads from the mini-program to a self-hosted server (a build with `API_BASE_URL`): `wx.uploadFile` to
 * `POST /api/upload` with the session's bearer header, which checks and records the file as it does for the
 * web app. The messages are the web app's: the same server answers both.
 */
import Taro from '@tarojs/taro'
import { problemOf } from './attempt'
import { API_BASE_URL, SESSION_EXPIRED, withSession } from './self-hosted-session'
import { uploadAnswer } from './upload-answer'
import type { PreparedFile, SendResult } from './upload-types'

const UPLOAD_TIMEOUT_MS = 120_000

type Answered = { status: number; text: string } | { problem: 'unreachable' | 'timeout' }

const NO_NETWORK: SendResult = { ok: false, message: '网络不可用，上传失败，请重试', retryable: true }
const TOO_SLOW: SendResult = { ok: false, message: '网络太慢，上传超时，请重试', retryable: true }

const upload = (
  file: PreparedFile,
  purpose: string,
  header: Record<string, string>,
  onProgress: (percent: number) => void,
): Promise<Answered> => {
  const task = Taro.uploadFile({
    url: `${API_BASE_URL}/api/upload`,
    filePath: file.body as string,
    name: 'file',
    formData: { purpose: purpose.slice(0, 50) },
    header,
    timeout: UPLOAD_TIMEOUT_MS,
  })
  // Taro's promise carries the task's progress events.
  ;(task as { progress?: (listener: (event: { progress: number }) => void) => unknown }).progress?.((event) =>
    onProgress(event.progress),
  )
  return task.then(
    ({ statusCode, data }): Answered => ({ status: statusCode, text: String(data) }),
    (error: { errMsg?: unknown } | undefined): Answered => ({ problem: problemOf(error) }),
  )
}

export const sendToSelfHosted = (
  file: PreparedFile,
  purpose: string,
  onProgress: (percent: number) => void,
): Promise<SendResult> =>
  withSession(
    (header) => upload(file, purpose, header, onProgress),
    (answered) => 'status' in answered && answered.status === SESSION_EXPIRED,
  ).then((outcome) => {
    if ('status' in outcome) return uploadAnswer(outcome.status, outcome.text)
    // A refused sign-in says why in its envelope; the file can be sent again once signing in works.
    if ('refused' in outcome) return uploadAnswer(500, JSON.stringify(outcome.refused ?? null))
    return outcome.problem === 'timeout' ? TOO_SLOW : NO_NETWORK
  })
