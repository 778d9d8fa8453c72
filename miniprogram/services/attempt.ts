/** Every function takes `action`; the rest of the event depends on it. */
export type FunctionEvent = { action: string; [field: string]: unknown }

/**
 * What one attempt gave: a reply to check, or why there is none. `unreachable` means nothing
 * reached the server or nothing came back, so trying once more is safe and often works; after a
 * `timeout` the request may have arrived and be running, so the user decides.
 */
export type Attempt = { reply: unknown } | { problem: 'unreachable' | 'timeout' }

/**
 * The request may have arrived: the client gave up ("timeout") or the function ran out of time
 * (CloudBase: "errCode: -504003 | Invoking task timed out after 10 seconds").
 */
export const TIMED_OUT_ERROR = /time\s?out|timed out|-504003/i

/** Why a WeChat network API (`wx.request`, `wx.login` …) failed, from its `errMsg`. */
export const problemOf = (error: { errMsg?: unknown } | undefined): 'unreachable' | 'timeout' =>
  TIMED_OUT_ERROR.test(String(error?.errMsg ?? error)) ? 'timeout' : 'unreachable'
