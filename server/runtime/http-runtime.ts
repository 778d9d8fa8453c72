import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Envelope } from '@shared/envelope'
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE, type UploadQuota } from '@shared/policy/uploads'
import type { AppError } from '@shared/result'
import { httpStatusOf, INTERNAL_ERROR, UNAUTHENTICATED } from '../functions/envelope'
import { ANONYMOUS_CALLER } from '../functions/handler'
import { actionOf, isFunctionName, runFunction } from '../functions/run'
import type { Ports } from '../ports/ports'
import { callOf } from '../use-cases/call'
import { quotaRefusal, uploadFile } from '../use-cases/uploads'
import { DEFAULT_RATE_LIMIT, rateLimiter } from './rate-limit'
import { readBody } from './read-body'
import { callerHash, noteRequest, type RequestLogEntry, trackRequest } from './request-log'
import { API_HEADERS, userFileHeaders } from './security-headers'
import { serveStatic } from './static-files'
import { readUpload } from './upload'
import { DEFAULT_UPLOAD_SLOTS, type UploadSlotLimits, uploadSlots } from './upload-slots'

export interface RuntimeOptions {
  ports: Ports
  /** The H5 build; absent until it exists. */
  staticDir?: () => string | undefined
  /** Header identity is for development only (docs/api.md, Transport). */
  production: boolean
  healthy: () => boolean
  log: (line: string) => void
  /** One structured line per request; as JSON through `log` unless given. */
  logRequest?: (entry: RequestLogEntry) => void
  rateLimit?: { capacity: number; perSecond: number; now?: () => number }
  /** Per caller and day; UPLOAD_QUOTA unless configured. */
  uploadQuota?: UploadQuota
  /** Uploads arriving at once; DEFAULT_UPLOAD_SLOTS unless configured. */
  uploadSlots?: UploadSlotLimits
  /** How long a request body may pause, and take in all; BODY_TIMEOUTS unless configured. */
  bodyTimeouts?: { idleMs: number; totalMs: number }
}

/**
 * A body that stops arriving is dropped after the pause; a whole request gets two minutes (10 MB at 100 KB/s
 * in time, a slow-loris client not for five minutes).
 */
const BODY_TIMEOUTS = { idleMs: 20_000, totalMs: 120_000 }

/** Functions that need no identity: the FAQ answers anyone, rate-limited by the client's address. */
const PUBLIC_FUNCTIONS = new Set(['faq'])

const OPENID = /^[A-Za-z0-9_-]{1,64}$/

const callerOf = (request: IncomingMessage, production: boolean): string | undefined => {
  const header = request.headers['x-openid']
  return !production && typeof header === 'string' && OPENID.test(header) ? header : undefined
}

/** Writes the envelope; its error code goes to the request's log line. */
const send = (
  response: ServerResponse,
  envelope: Envelope,
  status = httpStatusOf(envelope),
  headers: Record<string, string> = {},
): void => {
  if (!envelope.ok) noteRequest(response, { error: envelope.error.code })
  const body = JSON.stringify(envelope)
  // A known length sends headers and body in one write instead of chunked encoding.
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  response.end(body)
}

/**
 * Answers before the body is read, so a refused upload never sits in memory; what the client still sends is
 * read and dropped as it arrives (the connection stays open, so the client reads the answer, not a reset).
 */
const refuseUnread = (
  request: IncomingMessage,
  response: ServerResponse,
  envelope: Envelope,
  headers?: Record<string, string>,
) => {
  request.resume()
  return send(response, envelope, undefined, headers)
}

const failure = (error: AppError): Envelope => ({ ok: false, error })
const notFound = failure({ code: 'NOT_FOUND', message: '请求的内容不存在' })
const tooLarge = failure({ code: 'TOO_LARGE', message: '请求内容超过 1 MB' })
const tooMany = failure({ code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' })
const uploadsBusy = failure({
  code: 'RATE_LIMITED',
  message: '正在上传的文件较多，请稍候几秒再上传',
  path: 'file',
})
const UPLOADS_BUSY_RETRY_SECONDS = '5'
const uploadTooLarge = failure({ code: 'TOO_LARGE', message: UPLOAD_TOO_LARGE, path: 'file' })
/** The multipart wrapping around the file (boundaries, part headers, the purpose field) stays under this. */
const MULTIPART_OVERHEAD = 64 * 1024

type Route = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>

export const createHttpRuntime = (options: RuntimeOptions): Server => {
  const { ports, production } = options
  const allow = rateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT)
  const takeUploadSlot = uploadSlots(options.uploadSlots ?? DEFAULT_UPLOAD_SLOTS)
  const timeouts = options.bodyTimeouts ?? BODY_TIMEOUTS

  const callFunction: Route = async (request, response, url) => {
    const name = url.pathname.slice('/api/fn/'.length)
    if (request.method !== 'POST' || !isFunctionName(name)) return send(response, notFound)
    const identified = callerOf(request, production)
    const caller = identified ?? (PUBLIC_FUNCTIONS.has(name) ? ANONYMOUS_CALLER : undefined)
    if (!caller) return send(response, failure(UNAUTHENTICATED))
    noteRequest(response, { caller: callerHash(caller) })
    if (!allow(identified ?? `address:${request.socket.remoteAddress}`)) return send(response, tooMany)
    const body = await readBody(request)
    if (body === 'too_large') return send(response, tooLarge)
    let event: unknown
    try {
      event = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return send(response, failure({ code: 'VALIDATION', message: '请求内容不是有效的 JSON' }))
    }
    noteRequest(response, { action: `${name}.${actionOf(event)}` })
    send(response, await runFunction(name, event, caller, ports))
  }

  const upload: Route = async (request, response) => {
    noteRequest(response, { action: 'upload' })
    const caller = callerOf(request, production)
    if (!caller) return refuseUnread(request, response, failure(UNAUTHENTICATED))
    noteRequest(response, { caller: callerHash(caller) })
    if (!allow(caller)) return refuseUnread(request, response, tooMany)
    const release = takeUploadSlot(caller)
    if (!release)
      return refuseUnread(request, response, uploadsBusy, { 'Retry-After': UPLOADS_BUSY_RETRY_SECONDS })
    try {
      // Refused from the headers when they already say the answer: the body is never read.
      const declared = Number(request.headers['content-length'])
      if (declared > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD)
        return refuseUnread(request, response, uploadTooLarge)
      const call = callOf(caller, ports)
      const overQuota = await quotaRefusal(
        call,
        Number.isFinite(declared) ? Math.max(0, declared - MULTIPART_OVERHEAD) : 0,
        options.uploadQuota,
      )
      if (overQuota) return refuseUnread(request, response, failure(overQuota))
      const part = await readUpload(request)
      if (!part.ok) return send(response, failure(part.error))
      const saved = await uploadFile(call, part.value, options.uploadQuota)
      if (!saved.ok) return send(response, failure(saved.error))
      send(response, { ok: true, data: { fileID: saved.value.fileID } })
    } finally {
      release()
    }
  }

  const download: Route = async (request, response, url) => {
    noteRequest(response, { action: 'download' })
    const caller = callerOf(request, production)
    if (!caller) return send(response, failure(UNAUTHENTICATED))
    noteRequest(response, { caller: callerHash(caller) })
    let fileID: string
    try {
      fileID = decodeURIComponent(url.pathname.slice('/api/files/'.length))
    } catch {
      return send(response, notFound)
    }
    const found = await ports.files.read(fileID)
    if (!found || (found.file.owner !== caller && !(await ports.staff.includes(caller))))
      return send(response, notFound)
    response.writeHead(200, {
      'Content-Type': found.file.mime,
      'Content-Length': found.bytes.length,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...userFileHeaders(found.file.fileID, found.file.mime),
    })
    response.end(found.bytes)
  }

  const route = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const { pathname } = url
    const readOnly = request.method === 'GET' || request.method === 'HEAD'
    if (pathname === '/healthz') {
      if (!readOnly) return void methodNotAllowed(response)
      const healthy = options.healthy()
      response
        .writeHead(healthy ? 200 : 503, { 'Content-Type': 'text/plain' })
        .end(healthy ? 'ok' : 'store closed')
      return
    }
    if (pathname.startsWith('/api/fn/')) return callFunction(request, response, url)
    if (pathname === '/api/upload' && request.method === 'POST') return upload(request, response, url)
    if (pathname.startsWith('/api/files/') && request.method === 'GET')
      return download(request, response, url)
    if (pathname.startsWith('/api/')) return send(response, notFound)
    const root = options.staticDir?.()
    // HEAD is answered as GET is, without the body (node sends none for HEAD).
    if (
      readOnly &&
      root &&
      serveStatic(root, pathname, response, String(request.headers['accept-encoding'] ?? ''))
    )
      return
    response
      .writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end(root ? 'Not found' : 'H5 app not built')
  }

  const logRequest = options.logRequest ?? ((entry: RequestLogEntry) => options.log(JSON.stringify(entry)))
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    trackRequest(request, response, url.pathname, logRequest)
    // Every answer starts with the API's headers; a page of the app and a user's file replace them with theirs.
    for (const [name, value] of Object.entries(API_HEADERS)) response.setHeader(name, value)
    // A body that stops arriving frees its connection; a slow answer (the body all read) is not cut off.
    request.setTimeout(timeouts.idleMs, () => {
      if (!request.complete) request.destroy()
    })
    route(request, response, url).catch((error) => {
      // The log line says INTERNAL and the error's kind; a stack (with file paths) is no use to read there.
      noteRequest(response, { error: `INTERNAL ${error instanceof Error ? error.name : typeof error}` })
      if (!response.headersSent) send(response, failure(INTERNAL_ERROR))
      else response.destroy()
    })
  })
  server.requestTimeout = timeouts.totalMs
  return server
}

const methodNotAllowed = (response: ServerResponse) =>
  response
    .writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' })
    .end('Method not allowed')
