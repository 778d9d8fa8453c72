// What the local runtime answers besides the functions: security headers on the API, the app and user files;
// HEAD and /healthz methods; one JSON log line per request (aborted ones too); a slow body's connection
// freed; the FAQ answered without identity in production, rate-limited.
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createHttpRuntime, type RuntimeOptions } from '../../server/runtime/http-runtime'
import type { RequestLogEntry } from '../../server/runtime/request-log'
import { waitFor } from './server-process'
import { ALICE, JPEG, type TempStore, tempStore, upload } from './support'

const INLINE = 'document.documentElement.style.fontSize="20px"'
let store: TempStore
let staticDir: string
let server: ReturnType<typeof createHttpRuntime>
let base: string
let logged: RequestLogEntry[]

const serve = async (options: Partial<RuntimeOptions> = {}) => {
  server = createHttpRuntime({
    ports: store.ports,
    production: false,
    healthy: () => true,
    log: () => {},
    logRequest: (entry) => logged.push(entry),
    staticDir: () => staticDir,
    ...options,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeEach(() => {
  store = tempStore()
  logged = []
  staticDir = mkdtempSync(path.join(tmpdir(), 'yidi-h5-'))
  writeFileSync(
    path.join(staticDir, 'index.html'),
    `<!doctype html><html><head><script>${INLINE}</script><script src="./js/app.js"></script></head><body></body></html>`,
  )
})
afterEach(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await store.dispose()
  rmSync(staticDir, { recursive: true, force: true })
})

const post = (name: string, event: unknown, openid?: string) =>
  fetch(`${base}/api/fn/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(openid ? { 'X-Openid': openid } : {}) },
    body: JSON.stringify(event),
  })

describe('security headers', () => {
  test('the API: nothing may run or frame it, no referrer', async () => {
    await serve()
    for (const response of [await post('faq', { action: 'hot' }, ALICE), await fetch(`${base}/api/nope`)]) {
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      )
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })

  test('the app: its own scripts and exactly its inline one by hash, never framed', async () => {
    await serve()
    const page = await fetch(`${base}/`)
    const policy = page.headers.get('content-security-policy') ?? ''
    const hash = createHash('sha256').update(INLINE).digest('base64')
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|data:)/)
    expect(page.headers.get('x-frame-options')).toBe('DENY')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
  })

  test('a user file: a download in a sandbox', async () => {
    await serve()
    const fileID = await upload(store, ALICE, JPEG)
    const response = await fetch(`${base}/api/files/${fileID}`, { headers: { 'X-Openid': ALICE } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${fileID}.jpg"`)
    expect(response.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('methods', () => {
  test('HEAD / answers as GET without a body', async () => {
    await serve()
    const head = await fetch(`${base}/`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toMatch(/text\/html/)
    expect(await head.text()).toBe('')
  })

  test.each(['POST', 'PUT', 'DELETE'])('/healthz refuses %s with 405 and Allow', async (method) => {
    await serve()
    const refused = await fetch(`${base}/healthz`, { method })
    expect(refused.status).toBe(405)
    expect(refused.headers.get('allow')).toBe('GET, HEAD')
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200)
    expect(await (await fetch(`${base}/healthz`)).text()).toBe('ok')
  })
})

describe('the request log', () => {
  test('one JSON line per request: id, action, caller hash, status, time; nothing typed', async () => {
    await serve()
    const answer = await post('filing', { action: 'get', filingId: 'fl_zhangsan_missing' }, ALICE)
    expect(answer.status).toBe(404)
    await waitFor(
      () => logged.length === 1,
      () => JSON.stringify(logged),
    )
    const [line] = logged
    expect(line).toEqual({
      id: answer.headers.get('x-request-id'),
      method: 'POST',
      path: '/api/fn/filing',
      action: 'filing.get',
      caller: createHash('sha256').update(ALICE).digest('hex').slice(0, 12),
      status: 404,
      ms: expect.any(Number),
      error: 'NOT_FOUND',
    })
    expect(JSON.stringify(line)).not.toMatch(/zhangsan|alice/)
  })

  test('a body that stops arriving: its connection is freed, and it has its line', async () => {
    await serve({ bodyTimeouts: { idleMs: 300, totalMs: 60_000 } })
    const request = httpRequest(`${base}/api/fn/filing`, {
      method: 'POST',
      headers: { 'X-Openid': ALICE, 'Content-Type': 'application/json', 'Content-Length': 1000 },
    })
    request.on('error', () => {})
    const closed = new Promise<void>((resolve) => request.on('close', () => resolve()))
    request.write('{"action":')
    const began = Date.now()
    await closed
    expect(Date.now() - began).toBeLessThan(10_000)
    await waitFor(
      () => logged.some((line) => line.aborted),
      () => JSON.stringify(logged),
    )
    expect(logged[0]).toMatchObject({ method: 'POST', path: '/api/fn/filing', status: 0, aborted: true })
  })

  test('a failing store: INTERNAL for the person, a line without a stack for the operator', async () => {
    await serve()
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    store.ports.faqFeedback.add = async () => {
      throw new Error('disk full at /var/lib/yidi/yidi.sqlite')
    }
    const answer = await post('faq', { action: 'feedback', id: 'validity-long-term', helpful: true }, ALICE)
    expect(answer.status).toBe(500)
    const written = errors.mock.calls.flat().map(String).join('\n')
    errors.mockRestore()
    expect(written).toContain('"error":"Error"')
    expect(written).not.toMatch(/\/var\/lib|\.ts:\d+|at /)
  })
})

describe('the FAQ needs no identity', () => {
  test('in production it answers anyone; other functions still need identity; past the rate, 429', async () => {
    await serve({ production: true, rateLimit: { capacity: 3, perSecond: 0.001 } })
    const asked = await post('faq', { action: 'search', q: '异地就医备案需要什么材料' })
    expect(asked.status).toBe(200)
    expect(((await asked.json()) as { data: { items: unknown[] } }).data.items.length).toBeGreaterThan(0)
    expect((await post('filing', { action: 'list' })).status).toBe(401)
    expect((await post('faq', { action: 'hot' })).status).toBe(200)
    expect((await post('faq', { action: 'hot' })).status).toBe(200)
    const limited = await post('faq', { action: 'hot' })
    expect(limited.status).toBe(429)
  })
})
