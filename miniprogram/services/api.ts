/**
 * The one backend client (docs/api.md). The mini-program calls the cloud function through
 * `Taro.cloud.callFunction`, or a self-hosted server when built with `API_BASE_URL`
 * (transport-https.ts); H5 posts to the local runtime's `/api/fn/<name>`. Either way the
 * caller gets the envelope back and never an exception: weak mobile networks are the normal
 * case for our users, so every failure becomes a Chinese message the page can show.
 */
import type { ActionKey, DataOf, EventOf } from '@shared/contract'
import type { Envelope, FunctionName } from '@shared/envelope'
import Taro from '@tarojs/taro'
import { type Attempt, type FunctionEvent, TIMED_OUT_ERROR } from './attempt'
import { getOpenid } from './session'
import { viaSelfHosted } from './transport-https'

const TIMEOUT_MS = 10_000
const RETRY_DELAY_MS = 800

const OFFLINE = '网络不可用，请稍后重试'
const TIMED_OUT = '网络太慢，10 秒内没有收到回复，请稍后重试'
const BAD_REPLY = '服务暂时不可用，请稍后重试'

const failure = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INTERNAL', message } })

function isEnvelope(reply: unknown): reply is Envelope<unknown> {
  if (typeof reply !== 'object' || reply === null) return false
  const { ok, error } = reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } }
  if (ok === true) return 'data' in reply
  return ok === false && typeof error?.code === 'string' && typeof error.message === 'string'
}

function withTimeout(work: (signal?: AbortSignal) => Promise<Attempt>): Promise<Attempt> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      controller?.abort()
      resolve({ problem: 'timeout' })
    }, TIMEOUT_MS)
    Promise.resolve()
      .then(() => work(controller?.signal))
      // A transport that throws (no fetch, no wx.cloud) is as good as no network.
      .then(undefined, (): Attempt => ({ problem: 'unreachable' }))
      .then((attempt) => {
        clearTimeout(timer)
        resolve(attempt)
      })
  })
}

let cloudReady = false

/** Taro.cloud is wx.cloud: missing on old base libraries and outside a cloud-enabled app. */
function cloudAvailable(): boolean {
  const cloud = Taro.cloud as typeof Taro.cloud | undefined
  if (!cloudReady && cloud?.callFunction) {
    try {
      // The environment id comes from the build (CLOUD_ENV_ID); without it WeChat picks the account's first one.
      const env = process.env.CLOUD_ENV_ID
      cloud.init(env ? { env, traceUser: true } : { traceUser: true })
      cloudReady = true
    } catch {
      // Not ready: asked again on the next call.
    }
  }
  return cloudReady
}

// Promise chains, not async/await: the latter pulls regenerator-runtime into the main package.

function viaCloud(name: FunctionName, event: FunctionEvent): Promise<Attempt> {
  return Taro.cloud.callFunction({ name, data: event }).then(
    ({ result }): Attempt => ({ reply: result }),
    (error: { errMsg?: unknown } | undefined): Attempt => {
      const errMsg = String(error?.errMsg ?? error)
      if (TIMED_OUT_ERROR.test(errMsg)) return { problem: 'timeout' }
      if (/request:fail|network/i.test(errMsg)) return { problem: 'unreachable' }
      // The function ran and failed: there is no envelope.
      return { reply: undefined }
    },
  )
}

function viaHttp(name: FunctionName, event: FunctionEvent, signal?: AbortSignal): Promise<Attempt> {
  return fetch(`/api/fn/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': getOpenid() },
    body: JSON.stringify(event),
    signal,
  }).then(
    // The status mirrors the envelope (docs/api.md), so a 4xx body is still the answer; a proxy's HTML
    // error page is not.
    (response) =>
      response.json().then(
        (reply: unknown): Attempt => ({ reply }),
        (): Attempt => ({ reply: undefined }),
      ),
    (): Attempt => ({ problem: 'unreachable' }),
  )
}

function attempt<T>(name: FunctionName, event: FunctionEvent, retriesLeft: number): Promise<Envelope<T>> {
  // Taro replaces TARO_ENV and API_BASE_URL at build time, so each build keeps one transport only.
  return withTimeout((signal) => {
    if (process.env.TARO_ENV !== 'weapp') return viaHttp(name, event, signal)
    return process.env.API_BASE_URL ? viaSelfHosted(name, event) : viaCloud(name, event)
  }).then((outcome) => {
    if ('reply' in outcome)
      return isEnvelope(outcome.reply) ? (outcome.reply as Envelope<T>) : failure(BAD_REPLY)
    if (outcome.problem === 'timeout') return failure(TIMED_OUT)
    if (retriesLeft === 0) return failure(OFFLINE)
    return new Promise<void>((resolve) => setTimeout(resolve, RETRY_DELAY_MS)).then(() =>
      attempt<T>(name, event, retriesLeft - 1),
    )
  })
}

/**
 * Calls one action of the contract, e.g. `call('filing.submit', { draft, idempotencyKey })`; resolves to its
 * envelope, typed by the action's response schema, or to an `INTERNAL` one saying what went wrong.
 */
export function call<K extends ActionKey>(key: K, event: EventOf<K>): Promise<Envelope<DataOf<K>>> {
  if (process.env.TARO_ENV === 'weapp' && !process.env.API_BASE_URL && !cloudAvailable())
    return Promise.resolve(failure(OFFLINE))
  const [name, action] = key.split('.') as [FunctionName, string]
  // One retry: on a weak network the second try often gets through.
  return attempt<DataOf<K>>(name, { action, ...event }, 1)
}
