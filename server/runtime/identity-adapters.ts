import { developmentVerification } from '../adapters/identity-verification.development'
import { wechatFaceVerification } from '../adapters/wechat/identity-verification.wechat'
import { wechatApiFromEnv } from '../adapters/wechat/wechat-api'
import type { IdentityVerification } from '../ports/identity'

type Env = Record<string, string | undefined>

/**
 * Production always checks faces through WeChat; elsewhere the development adapter, unless
 * IDENTITY_VERIFICATION=wechat asks for the real one (against WECHAT_API_BASE, a stub in tests).
 */
export const identityVerificationFor = (env: Env = process.env): IdentityVerification =>
  env.NODE_ENV === 'production' || env.IDENTITY_VERIFICATION === 'wechat'
    ? wechatFaceVerification(wechatApiFromEnv(env))
    : developmentVerification(env)
