import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

const DAY_SECONDS = 24 * 3600

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url')

/**
 * The self-hosted server's session: `<payload>.<HMAC>`, the payload naming the openid and the expiry. Nothing
 * is stored: a token is good until it expires, and changing SESSION_SECRET signs everyone out.
 */
export const sessionTokens = (secret: string, ttlSeconds = 7 * DAY_SECONDS) => ({
  issue(openid: string, now: Date): { token: string; expiresAt: string } {
    const exp = Math.floor(now.getTime() / 1000) + ttlSeconds
    const payload = Buffer.from(JSON.stringify({ sub: openid, exp })).toString('base64url')
    return { token: `${payload}.${sign(secret, payload)}`, expiresAt: new Date(exp * 1000).toISOString() }
  },
  /** The openid of a genuine, unexpired token; undefined for anything else. */
  verify(token: string, now: Date): string | undefined {
    const [payload, mac, extra] = token.split('.')
    if (!payload || !mac || extra !== undefined) return undefined
    const expected = Buffer.from(sign(secret, payload))
    const given = Buffer.from(mac)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
    try {
      const { sub, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        sub?: unknown
        exp?: unknown
      }
      return typeof sub === 'string' && typeof exp === 'number' && exp > now.getTime() / 1000
        ? sub
        : undefined
    } catch {
      return undefined
    }
  },
})
export type SessionTokens = ReturnType<typeof sessionTokens>

/** Production needs a fixed secret (sessions survive restarts); development makes one per process. */
export const sessionSecretFrom = (env: Record<string, string | undefined>): string => {
  const secret = env.SESSION_SECRET
  if (secret && secret.length >= 32) return secret
  if (env.NODE_ENV === 'production')
    throw new Error('SESSION_SECRET (32+ characters) is required in production')
  return randomBytes(32).toString('base64url')
}
