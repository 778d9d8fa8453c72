import { fail, ok, type Result } from '@shared/result'

export interface WeChatApiOptions {
  /** https://api.weixin.qq.com in production; a local stub in tests. */
  baseUrl: string
  appId: string
  secret: string
  timeoutMs?: number
}

/** What WeChat answers: `errcode` 0 (or absent) is success, anything else names the failure. */
export type WeChatAnswer = Record<string, unknown> & { errcode?: number; errmsg?: string }

const UNAVAILABLE = fail<never>({ code: 'INTERNAL', message: '微信服务暂时无法连接，请稍后再试' })
// 40001: the token is invalid; 42001: it expired before its expires_in (WeChat's global error codes).
const STALE_TOKEN = new Set([40001, 42001])

/** The one small HTTP client for WeChat's server APIs: timeouts, the access token and its refresh. */
export const wechatApi = (options: WeChatApiOptions) => {
  const timeoutMs = options.timeoutMs ?? 5000
  let token: { value: string; expiresAt: number } | undefined

  const request = async (path: string, init: RequestInit = {}): Promise<Result<WeChatAnswer>> => {
    try {
      const response = await fetch(new URL(path, options.baseUrl), {
        ...init,
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (!response.ok) return UNAVAILABLE
      return ok((await response.json()) as WeChatAnswer)
    } catch {
      return UNAVAILABLE
    }
  }

  const accessToken = async (): Promise<Result<string>> => {
    if (token && token.expiresAt > Date.now()) return ok(token.value)
    const query = new URLSearchParams({
      grant_type: 'client_credential',
      appid: options.appId,
      secret: options.secret,
    })
    const answer = await request(`/cgi-bin/token?${query}`)
    if (!answer.ok) return answer
    const { access_token, expires_in } = answer.value
    if (typeof access_token !== 'string') return UNAVAILABLE
    // Refresh a minute early rather than send a token that expires in flight.
    token = { value: access_token, expiresAt: Date.now() + (Number(expires_in ?? 7200) - 60) * 1000 }
    return ok(token.value)
  }

  const postOnce = async (path: string, body: unknown): Promise<Result<WeChatAnswer>> => {
    const current = await accessToken()
    if (!current.ok) return current
    return request(`${path}?access_token=${encodeURIComponent(current.value)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  }

  return {
    appId: options.appId,
    secret: options.secret,
    get: (path: string, query: Record<string, string>) => request(`${path}?${new URLSearchParams(query)}`),
    /** POST with the access token, fetching a new one once if WeChat says it went stale. */
    async post(path: string, body: unknown): Promise<Result<WeChatAnswer>> {
      const answer = await postOnce(path, body)
      if (!answer.ok || !STALE_TOKEN.has(answer.value.errcode ?? 0)) return answer
      token = undefined
      return postOnce(path, body)
    },
  }
}
export type WeChatApi = ReturnType<typeof wechatApi>

/** The environment's WeChat settings, or undefined when this deployment has none. */
export const wechatApiFromEnv = (env: Record<string, string | undefined>): WeChatApi | undefined =>
  env.WECHAT_APPID && env.WECHAT_SECRET
    ? wechatApi({
        baseUrl: env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
        appId: env.WECHAT_APPID,
        secret: env.WECHAT_SECRET,
      })
    : undefined
