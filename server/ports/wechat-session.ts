import type { Result } from '@shared/result'

/** wx.login's code exchanged for the account's openid (jscode2session). */
export interface WeChatSession {
  exchange(code: string): Promise<Result<{ openid: string }>>
}
