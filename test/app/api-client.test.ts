// services/api.ts in H5 mode (no TARO_ENV under Node: the HTTP transport) against a scripted fetch.
// Weak mobile networks are the normal case: every failure must come back as a Chinese envelope.
import { call as callAction } from '../../miniprogram/services/api'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

type Step = 'network-error' | 'hang' | { status: number; body: string }
const json = (status: number, value: unknown): Step => ({ status, body: JSON.stringify(value) })

let steps: Step[]
const fetchMock = jest.fn((_url: string, init: RequestInit) => {
  const step = steps.shift() ?? 'network-error'
  if (step === 'network-error') return Promise.reject(new TypeError('Failed to fetch'))
  if (step === 'hang')
    return new Promise<Response>((_, reject) =>
      init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    )
  return Promise.resolve(new Response(step.body, { status: step.status }))
})

beforeEach(() => {
  fetchMock.mockClear()
  global.fetch = fetchMock as unknown as typeof fetch
  jest.useFakeTimers()
})

afterEach(() => jest.useRealTimers())

async function call(...script: Step[]) {
  steps = script
  const reply = callAction('faq.hot', {})
  await jest.runAllTimersAsync()
  return reply
}

test.each([
  ['a success', json(200, { ok: true, data: { items: [] } }), { ok: true, data: { items: [] } }],
  [
    'a refusal with its HTTP status',
    json(400, { ok: false, error: { code: 'VALIDATION', message: '缺少 q' } }),
    { ok: false, error: { code: 'VALIDATION', message: '缺少 q' } },
  ],
])('%s is passed through as the envelope', async (_, step, envelope) => {
  await expect(call(step)).resolves.toEqual(envelope)
})

test.each([
  ['an HTML error page', { status: 502, body: '<html>Bad Gateway</html>' }],
  ['JSON that is not an envelope', json(200, { items: [] })],
])('%s becomes INTERNAL with a Chinese message', async (_, step) => {
  await expect(call(step)).resolves.toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' },
  })
})

test('a network failure is retried once, and the retry can succeed', async () => {
  await expect(call('network-error', json(200, { ok: true, data: {} }))).resolves.toEqual({
    ok: true,
    data: {},
  })
  expect(fetchMock).toHaveBeenCalledTimes(2)
})

test('two network failures say the network is unavailable', async () => {
  await expect(call('network-error', 'network-error')).resolves.toEqual({
    ok: false,
    error: { code: 'INTERNAL', message: '网络不可用，请稍后重试' },
  })
  expect(fetchMock).toHaveBeenCalledTimes(2)
})

test('no reply in 10 s is a timeout, not retried (the request may be running)', async () => {
  const reply = await call('hang')
  expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(reply.ok || reply.error.message).toContain('10 秒')
  expect(fetchMock).toHaveBeenCalledTimes(1)
})

test('the event is POSTed as JSON to /api/fn/<name> with one dev openid for every call', async () => {
  await call(json(200, { ok: true, data: {} }))
  await call(json(200, { ok: true, data: {} }))
  const [first, second] = fetchMock.mock.calls
  expect(first[0]).toBe('/api/fn/faq')
  expect(first[1]).toMatchObject({ method: 'POST', body: JSON.stringify({ action: 'hot' }) })
  const openid = (first[1].headers as Record<string, string>)['X-Openid']
  expect(openid).toMatch(/^dev-[0-9a-f]{16}$/)
  expect((second[1].headers as Record<string, string>)['X-Openid']).toBe(openid)
})
