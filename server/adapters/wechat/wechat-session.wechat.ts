import { fail, ok } from '@shared/result'
import type { WeChatSession } from '../../ports/wechat-session'
import type { WeChatApi } from './wechat-api'

/** jscode2session's error codes, as WeChat documents them. */
const SESSION_ERRORS: Record<
  number,
  { code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED'; message: string }
> = {
  40029: { code: 'UNAUTHENTICATED', message: '登录凭证无效，请重新打开小程序' },
  40163: { code: 'UNAUTHENTICATED', message: '登录凭证已使用，请重新打开小程序' },
  45011: { code: 'RATE_LIMITED', message: '登录太频繁，请稍后再试' },
  40226: { code: 'FORBIDDEN', message: '该微信账号存在风险，暂不能登录' },
}

export const wechatSession = (api: WeChatApi | undefined): WeChatSession => ({
  async exchange(code) {
    if (!api)
      return fail({ code: 'INTERNAL', message: '登录尚未开通（未配置微信小程序 AppID），请联系经办机构' })
    const answer = await api.get('/sns/jscode2session', {
      appid: api.appId,
      secret: api.secret,
      js_code: code,
      grant_type: 'authorization_code',
    })
    if (!answer.ok) return answer
    const errcode = answer.value.errcode ?? 0
    if (errcode !== 0)
      return fail(
        SESSION_ERRORS[errcode] ?? {
          code: 'INTERNAL',
          message: `微信登录暂时不可用（错误码 ${errcode}），请稍后再试`,
        },
      )
    const { openid } = answer.value
    return typeof openid === 'string' && openid.length > 0
      ? ok({ openid })
      : fail({ code: 'INTERNAL', message: '微信登录暂时不可用，请稍后再试' })
  },
})
