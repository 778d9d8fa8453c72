/**
 * @jest-environment ./test/app/jsdom-node-fetch-environment.js
 */
// The mini-program built for a self-hosted server (API_BASE_URL) under miniprogram-simulate: its 消息 page
// reaches the real HTTP runtime in production over HTTP. The phone signs in with wx.login's code, exchanged at
// the WeChat stub, and sends the token as a bearer header; a refused sign-in is said in words; an expired token
// is replaced once and the call goes through; no network, or no answer, reads as on CloudBase.
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { SELF_HOSTED_BUILD, selfHosted } from './weapp-self-hosted'
import { byText, type Rendered, renderPage, waitFor } from './weapp-sim'

const WX_OPENID = 'oWx-self-hosted-01'
const EIGHT_DAYS_MS = 8 * 24 * 3600_000
let server: Awaited<ReturnType<typeof selfHosted>>
let page: Rendered
const bodyText = () => page.dom.textContent ?? ''
const fnCalls = () => server.phone.sent.filter((request) => request.path.startsWith('/api/fn/'))

beforeAll(async () => {
  server = await selfHosted()
  await server.store.ports.outbox.add({
    id: 'message-1',
    recipient: WX_OPENID,
    kind: 'filing_status',
    payload: { recordId: 'filing-1', title: '异地就医备案已生效', status: '生效' },
    createdAt: server.store.clock.now().toISOString(),
  })
  // WeChat refuses this account at first (40226), as it does a risky one.
  server.stub.codes.set('code-risky', 40226)
  server.phone.codes.push('code-risky')
  page = renderPage('pages/messages/index', server.phone.wx, {}, SELF_HOSTED_BUILD)
  await waitFor(() => bodyText().includes('该微信账号存在风险，暂不能登录'), 15_000)
}, BUILD_TIMEOUT_MS)

afterAll(() => server.close())

test('a refused sign-in is said in WeChat’s words, with a retry, and leaves no session and no call', () => {
  expect(bodyText()).toContain('重试')
  expect(server.signIns()).toBe(1)
  expect(server.phone.storage.has('yidi.session-token')).toBe(false)
  expect(fnCalls()).toEqual([])
})

test('the first call signs in with wx.login and goes through with the bearer token', async () => {
  server.stub.codes.set('code-1', WX_OPENID)
  server.phone.codes.push('code-1')
  byText(page, '.tap', '重试').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('异地就医备案已生效'), 15_000)
  expect(server.signIns()).toBe(2)
  const [call] = fnCalls()
  expect(call).toMatchObject({ api: 'request', method: 'POST', path: '/api/fn/account' })
  expect(call.authorization).toMatch(/^Bearer [\w-]+\.[\w-]+$/)
})

test('an expired token is replaced once, and the call it refused goes through', async () => {
  server.store.clock.set(new Date(server.store.clock.now().getTime() + EIGHT_DAYS_MS).toISOString())
  server.stub.codes.set('code-2', WX_OPENID)
  server.phone.codes.push('code-2')
  const before = fnCalls().length
  let readOnServer = false
  const watch = setInterval(
    () =>
      void server.store.ports.outbox.unreadCount(WX_OPENID).then((unread) => {
        readOnServer = unread === 0
      }),
    50,
  )
  byText(page, '.tap', '全部标为已读（1 条未读）').dispatchEvent('tap')
  await waitFor(() => server.signIns() === 3, 15_000)
  await waitFor(() => fnCalls().length === before + 2, 15_000)
  const [refused, repeated] = fnCalls().slice(before)
  expect(repeated.authorization).not.toBe(refused.authorization)
  expect(refused.authorization).toBeDefined()
  // The call's answer is not shown (the list is marked read at once): the server's record says it arrived.
  await waitFor(() => readOnServer, 15_000).finally(() => clearInterval(watch))
})

test('with no network the page says so, as on CloudBase, after one more try', async () => {
  server.phone.setOffline(true)
  const before = server.phone.sent.length
  // The page shown again (back from another page) asks for its data again.
  ;(page as unknown as { instance: { onShow: () => void } }).instance.onShow()
  await waitFor(() => bodyText().includes('网络不可用，请稍后重试'), 15_000)
  expect(server.phone.sent.slice(before).map((request) => request.path)).toEqual([
    '/api/fn/account',
    '/api/fn/account',
  ])
  server.phone.setOffline(false)
})

test('no answer in 10 seconds reads as on CloudBase, and is not sent twice (it may have arrived)', async () => {
  server.phone.setHanging(true)
  const before = server.phone.sent.length
  ;(page as unknown as { instance: { onShow: () => void } }).instance.onShow()
  await waitFor(() => bodyText().includes('网络太慢，10 秒内没有收到回复，请稍后重试'), 25_000)
  expect(server.phone.sent.slice(before).map((request) => request.path)).toEqual(['/api/fn/account'])
  server.phone.setHanging(false)
}, 40_000)
