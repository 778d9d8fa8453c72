import { createHash, randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * One line per request, written in batches: a synchronous write per request to a log file stalled the event
 * loop under load (bench:api p99 several ms higher). At most `flushMs` of lines is at risk in a crash.
 */
export const batchedLog = (write: (text: string) => void, flushMs = 100) => {
  let pending: string[] = []
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    if (pending.length === 0) return
    const text = pending.join('')
    pending = []
    write(text)
  }
  /** Every line is one JSON object: a message is `{ at, msg }`, a request its fields. */
  const record = (fields: object) => {
    pending.push(`${JSON.stringify({ at: new Date().toISOString(), ...fields })}\n`)
    timer ??= setTimeout(flush, flushMs)
  }
  const log = (line: string) => record({ msg: line })
  return { log, record, flush }
}

/** One line per request: what an operator needs to follow it, nothing a person typed. */
export interface RequestLogEntry {
  id: string
  method: string
  path: string
  /** `filing.submit`, `upload`, `download`, `static`: the route, never the event's content. */
  action?: string
  /** A short hash of the caller's openid: one person's requests can be followed without naming them. */
  caller?: string
  status: number
  ms: number
  error?: string
  /** The client went away before the answer was sent (a dropped upload, a timed-out slow body). */
  aborted?: true
}

type Noted = Partial<Pick<RequestLogEntry, 'action' | 'caller' | 'error'>>
const noted = new WeakMap<ServerResponse, Noted>()

/** What routing learns about a request (its action, caller, error code), for its log line. */
export const noteRequest = (response: ServerResponse, fields: Noted) => {
  noted.set(response, { ...noted.get(response), ...fields })
}

export const callerHash = (caller: string) => createHash('sha256').update(caller).digest('hex').slice(0, 12)

/** File ids and odd paths stay out of the log; the route is enough to read it. */
const logPath = (pathname: string) =>
  pathname.startsWith('/api/files/')
    ? '/api/files/:id'
    : pathname.length > 80
      ? `${pathname.slice(0, 80)}…`
      : pathname

/**
 * Gives the request an id (answered as X-Request-Id, so a person's report can be matched) and writes its line
 * when the connection is done with it: after the answer, or when the client went away without one.
 */
export const trackRequest = (
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  write: (entry: RequestLogEntry) => void,
) => {
  const started = process.hrtime.bigint()
  const id = randomBytes(8).toString('hex')
  response.setHeader('X-Request-Id', id)
  response.once('close', () => {
    const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
    write({
      id,
      method: request.method ?? '-',
      path: logPath(pathname),
      ...noted.get(response),
      status: response.writableFinished ? response.statusCode : 0,
      ms,
      ...(response.writableFinished ? {} : { aborted: true as const }),
    })
  })
}
