import type { AddressInfo } from 'node:net'
import { wechatFaceVerification } from '../../server/adapters/wechat/identity-verification.wechat'
import { wechatApi } from '../../server/adapters/wechat/wechat-api'
import { wechatSession } from '../../server/adapters/wechat/wechat-session.wechat'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { sessionSecretFrom, sessionTokens } from '../../server/runtime/session-token'
import { startWeChatStub, type WeChatStub } from '../wechat-stub'
import { draft, idNumber, type TempStore, tempStore } from './support'

/** The self-hosted server in production: wx.login's code → session token → bearer calls, WeChat being the stub. */
const NOW = '2026-05-01T02:00:00.000Z'
const WX_OPENID = 'oWx-mother-0001'
const mother = { name: '王秀英', idNumber: idNumber('420105', 501), phone: '13800138001' }

let stub: WeChatStub
let store: TempStore
let base: string
let close: () => Promise<void>

beforeEach(async () => {
  stub = await startWeChatStub()
  const api = wechatApi({ baseUrl: stub.base, appId: 'wx-test', secret: 'secret', timeoutMs: 400 })
  store = tempStore(NOW, { verification: wechatFaceVerification(api) })
  const server = createHttpRuntime({
    ports: store.ports,
    production: true,
    healthy: () => true,
    log: () => {},
    sessions: { tokens: sessionTokens('s'.repeat(40)), wechat: wechatSession(api) },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => new Promise((resolve) => server.close(() => resolve()))
})
afterEach(async () => {
  await close()
  await store.dispose()
  await stub.close()
})

const signIn = async (code: unknown) => {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  })
  return { status: response.status, body: await response.json() }
}
const call = async (name: string, event: object, headers: Record<string, string>) => {
  const response = await fetch(`${base}/api/fn/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(event),
  })
  return { status: response.status, body: await response.json() }
}
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` })

test('a wx.login code becomes a session; with it the person verifies their face and files for themself', async () => {
  stub.codes.set('code-1', WX_OPENID)
  const session = await signIn('code-1')
  expect(session.status).toBe(200)
  expect(session.body.data.expiresAt > NOW).toBe(true)
  const auth = bearer(session.body.data.token)
  expect((await call('account', { action: 'whoami' }, auth)).body.data.uploadPrefix).toBe(
    `uploads/${WX_OPENID}/`,
  )

  stub.checks.set('vr-1', { openid: WX_OPENID, ...mother, finishTime: Date.parse(NOW) / 1000 - 10 })
  const verified = await call('identity', { action: 'verify', ...mother, verifyResult: 'vr-1' }, auth)
  expect(verified.body.data).toMatchObject({ verified: true, method: 'wechat_face' })
  const filed = await call(
    'filing',
    { action: 'submit', draft: draft({ insured: mother }), idempotencyKey: 'prod-session-1' },
    auth,
  )
  expect(filed.status).toBe(200)
  expect(stub.requests).toEqual(
    expect.arrayContaining(['/sns/jscode2session', '/cgi-bin/token', '/cityservice/face/identify/getinfo']),
  )
})

test('in production the X-Openid header, a forged, a tampered or an expired token are all unauthenticated', async () => {
  stub.codes.set('code-2', WX_OPENID)
  const { token } = (await signIn('code-2')).body.data
  const forged = sessionTokens('another-secret-of-forty-characters-xxxx').issue(
    WX_OPENID,
    new Date(NOW),
  ).token
  const [payload, mac] = token.split('.')
  const otherPayload = Buffer.from(JSON.stringify({ sub: 'someone-else', exp: 4e9 })).toString('base64url')
  const attempts: Record<string, string>[] = [
    { 'X-Openid': WX_OPENID },
    bearer(forged),
    bearer(`${otherPayload}.${mac}`),
    bearer(`${payload}.${mac}x`),
    {},
  ]
  for (const headers of attempts) {
    const reply = await call('account', { action: 'whoami' }, headers)
    expect(reply.status).toBe(401)
    expect(reply.body.error.message).toBe('请先登录')
  }
  store.clock.set('2026-05-09T02:00:00.000Z')
  expect((await call('account', { action: 'whoami' }, bearer(token))).status).toBe(401)
})

// jscode2session as WeChat documents its failures, and WeChat not answering at all.
test.each([
  ['an invalid code (40029)', 'code-bad', () => {}, 401, '登录凭证无效'],
  [
    'too frequent (45011)',
    'code-busy',
    (s: WeChatStub) => s.codes.set('code-busy', 45011),
    429,
    '登录太频繁',
  ],
  [
    'a risky account (40226)',
    'code-risk',
    (s: WeChatStub) => s.codes.set('code-risk', 40226),
    403,
    '存在风险',
  ],
  ['WeChat busy (-1)', 'code-sys', (s: WeChatStub) => s.codes.set('code-sys', -1), 500, '错误码 -1'],
  [
    'WeChat not answering',
    'code-x',
    (s: WeChatStub) => s.hang.add('/sns/jscode2session'),
    500,
    '暂时无法连接',
  ],
  ['no code', undefined, () => {}, 400, '登录凭证缺失'],
])('%s → HTTP %s with a Chinese message, no session', async (_, code, arrange, status, message) => {
  arrange(stub)
  const reply = await signIn(code)
  expect(reply.status).toBe(status)
  expect(reply.body.error.message).toContain(message)
  expect(reply.body.data).toBeUndefined()
})

test('production refuses to start without a fixed session secret', () => {
  expect(() => sessionSecretFrom({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/)
  expect(sessionSecretFrom({ NODE_ENV: 'production', SESSION_SECRET: 'k'.repeat(32) })).toBe('k'.repeat(32))
})
