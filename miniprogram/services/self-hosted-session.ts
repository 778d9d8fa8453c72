/**
 * The mini-program's sign-in to a self-hosted server, in a build with `API_BASE_URL` (docs/api.md, Self-hosted
 * production sign-in): `wx.login`'s code is exchanged at `POST /api/session` for a signed token, kept in the
 * mini-program's storage and sent as `Authorization: Bearer` on every request. The server keeps no sessions: a
 * token it no longer accepts (expired after 7 days, or the server's secret changed) is answered 401, and the
 * request is sent once more with a new token.
 */
import Taro from '@tarojs/taro'
import { problemOf } from './attempt'
import { readStored, removeStored, writeStored } from './storage'

/** The self-hosted API's origin, fixed at build time; '' builds the CloudBase client. */
export const API_BASE_URL = process.env.API_BASE_URL ?? ''

/** What the server answers a token it no longer accepts (and a request without one). */
export const SESSION_EXPIRED = 401

const TOKEN_KEY = 'yidi.session-token'
const SIGN_IN_TIMEOUT_MS = 10_000

/** Why there is no session: the server's refusal (its envelope, shown as it says), or no answer at all. */
export type NoSession = { refused: unknown } | { problem: 'unreachable' | 'timeout' }

type SignIn = { token: string } | NoSession

/** Every request that finds no token shares one sign-in: a page loading three things logs in once. */
let signingIn: Promise<SignIn> | undefined

function signIn(): Promise<SignIn> {
  if (signingIn) return signingIn
  const started = Taro.login()
    .then(({ code }) =>
      Taro.request({
        url: `${API_BASE_URL}/api/session`,
        method: 'POST',
        header: { 'Content-Type': 'application/json' },
        data: { code },
        timeout: SIGN_IN_TIMEOUT_MS,
      }),
    )
    .then(
      ({ data }): SignIn => {
        const reply = data as { ok?: unknown; data?: { token?: unknown } } | undefined
        const token = reply?.data?.token
        if (reply?.ok !== true || typeof token !== 'string') return { refused: data }
        writeStored(TOKEN_KEY, token)
        return { token }
      },
      (error: { errMsg?: unknown } | undefined): SignIn => ({ problem: problemOf(error) }),
    )
    .then((outcome) => {
      signingIn = undefined
      return outcome
    })
  signingIn = started
  return started
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

/**
 * Sends `request` with the session's bearer header, signing in first when there is no token. When the server
 * answers that the token is no longer good (`expired`), signs in again once and sends it once more; a refused
 * or unreachable sign-in is answered instead of the request.
 */
export function withSession<R>(
  request: (header: Record<string, string>) => Promise<R>,
  expired: (result: R) => boolean,
): Promise<R | NoSession> {
  const signedIn = (): Promise<R | NoSession> =>
    signIn().then((session): Promise<R | NoSession> | NoSession =>
      'token' in session ? request(bearer(session.token)) : session,
    )
  const used = readStored<string>(TOKEN_KEY)
  if (!used) return signedIn()
  return request(bearer(used)).then((result) => {
    if (!expired(result)) return result
    // Another request may have signed in meanwhile: its token is the one to try.
    const current = readStored<string>(TOKEN_KEY)
    if (current && current !== used) return request(bearer(current))
    removeStored(TOKEN_KEY)
    return signedIn()
  })
}
