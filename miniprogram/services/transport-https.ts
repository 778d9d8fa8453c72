/**
 * The mini-program's calls to a self-hosted server (a build with `API_BASE_URL`): `POST /api/fn/<name>` with
 * `wx.request` and the session's bearer header. The failure shapes are the CloudBase transport's, so the
 * person reads the same messages whichever backend the agency runs.
 */
import type { FunctionName } from '@shared/envelope'
import Taro from '@tarojs/taro'
import { type Attempt, type FunctionEvent, problemOf } from './attempt'
import { API_BASE_URL, SESSION_EXPIRED, withSession } from './self-hosted-session'

const REQUEST_TIMEOUT_MS = 10_000

type Answered = { status: number; reply: unknown } | { problem: 'unreachable' | 'timeout' }

export function viaSelfHosted(name: FunctionName, event: FunctionEvent): Promise<Attempt> {
  return withSession(
    (header) =>
      Taro.request({
        url: `${API_BASE_URL}/api/fn/${name}`,
        method: 'POST',
        header: { ...header, 'Content-Type': 'application/json' },
        data: event,
        timeout: REQUEST_TIMEOUT_MS,
      }).then(
        // The status mirrors the envelope (docs/api.md), so a 4xx body is still the answer.
        ({ statusCode, data }): Answered => ({ status: statusCode, reply: data }),
        (error: { errMsg?: unknown } | undefined): Answered => ({ problem: problemOf(error) }),
      ),
    (answered) => 'status' in answered && answered.status === SESSION_EXPIRED,
  ).then((outcome): Attempt => {
    if ('problem' in outcome) return outcome
    // A refused sign-in is answered in the server's words (登录凭证无效 …), as a refused call is.
    return 'refused' in outcome ? { reply: outcome.refused } : { reply: outcome.reply }
  })
}
