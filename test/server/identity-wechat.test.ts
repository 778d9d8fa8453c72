import { developmentVerification } from '../../server/adapters/identity-verification.development'
import { wechatFaceVerification } from '../../server/adapters/wechat/identity-verification.wechat'
import { wechatApi } from '../../server/adapters/wechat/wechat-api'
import { identityVerificationFor } from '../../server/runtime/identity-adapters'
import { startWeChatStub, type WeChatStub } from '../wechat-stub'
import { ALICE, BOB, idNumber, overHttp, type TempStore, tempStore } from './support'

const NOW = '2026-05-01T02:00:00.000Z'
const nowSeconds = Date.parse(NOW) / 1000
const PERSON = { name: '张三', idNumber: idNumber('420105', 11) }

let stub: WeChatStub
let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>

beforeEach(async () => {
  stub = await startWeChatStub()
  const api = wechatApi({ baseUrl: stub.base, appId: 'wx-test', secret: 'secret', timeoutMs: 400 })
  store = tempStore(NOW, { verification: wechatFaceVerification(api) })
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
  await stub.close()
})

const verify = (verifyResult: string | undefined, openid = ALICE, person = PERSON) =>
  http.postAsIs(
    'identity',
    { action: 'verify', ...person, ...(verifyResult ? { verifyResult } : {}) },
    openid,
  )

const status = async (openid = ALICE) =>
  (await http.postAsIs('identity', { action: 'status' }, openid)).body.data

test('a face check WeChat confirms binds the account: name, masked ID number, the method', async () => {
  stub.checks.set('vr-ok', { openid: ALICE, ...PERSON, finishTime: nowSeconds - 30 })
  const reply = await verify('vr-ok')
  expect(reply.status).toBe(200)
  expect(reply.body.data).toMatchObject({ verified: true, name: '张三', method: 'wechat_face' })
  expect(reply.body.data.idNumberMasked).toBe(
    `${PERSON.idNumber.slice(0, 4)}**********${PERSON.idNumber.slice(-4)}`,
  )
  expect(JSON.stringify(reply.body)).not.toContain(PERSON.idNumber)
  expect(await status()).toMatchObject({ verified: true })
  expect(stub.requests).toContain('/cityservice/face/identify/getinfo')
})

// Every way the check can fail: the answer is a Chinese message and the account stays unverified.
test.each([
  ['no face check at all', undefined, () => {}, 403, '请先完成人脸核验'],
  ['a result WeChat does not know (84003)', 'vr-unknown', () => {}, 403, '核验结果不存在'],
  ['an expired result (84002)', 'vr-old', (s: WeChatStub) => s.expired.add('vr-old'), 403, '已过期'],
  [
    'a check of another person (hash mismatch)',
    'vr-other',
    (s: WeChatStub) =>
      s.checks.set('vr-other', {
        openid: ALICE,
        name: '李四',
        idNumber: idNumber('420105', 12),
        finishTime: nowSeconds,
      }),
    403,
    '不一致',
  ],
  [
    'a check done by another account',
    'vr-bob',
    (s: WeChatStub) => s.checks.set('vr-bob', { openid: BOB, ...PERSON, finishTime: nowSeconds }),
    403,
    '不属于当前微信账号',
  ],
  [
    'a face that did not match (identify_ret ≠ 0)',
    'vr-face',
    (s: WeChatStub) =>
      s.checks.set('vr-face', { openid: ALICE, ...PERSON, finishTime: nowSeconds, identifyRet: 1 }),
    403,
    '未通过',
  ],
  [
    'a check finished an hour ago',
    'vr-stale',
    (s: WeChatStub) => s.checks.set('vr-stale', { openid: ALICE, ...PERSON, finishTime: nowSeconds - 3600 }),
    403,
    '已过期',
  ],
  [
    'WeChat not answering (timeout)',
    'vr-x',
    (s: WeChatStub) => s.hang.add('/cityservice/face/identify/getinfo'),
    500,
    '暂时无法连接',
  ],
])('%s (result %s) is refused, nothing bound', async (_, result, arrange, httpStatus, message) => {
  arrange(stub)
  const reply = await verify(result)
  expect(reply.status).toBe(httpStatus)
  expect(reply.body.error.message).toContain(message)
  expect(await status()).toMatchObject({ verified: false })
  expect(store.count('identities')).toBe(0)
})

test('a verification result counts once: replayed, it is refused', async () => {
  stub.checks.set('vr-once', { openid: ALICE, ...PERSON, finishTime: nowSeconds })
  expect((await verify('vr-once')).status).toBe(200)
  const replay = await verify('vr-once')
  expect(replay.status).toBe(409)
  expect(replay.body.error.message).toContain('已使用过')
})

test('an access token WeChat rotated is fetched again once, and the check goes through', async () => {
  stub.checks.set('vr-1', { openid: ALICE, ...PERSON, finishTime: nowSeconds })
  stub.checks.set('vr-2', { openid: ALICE, ...PERSON, finishTime: nowSeconds })
  expect((await verify('vr-1')).status).toBe(200)
  stub.rotateToken()
  expect((await verify('vr-2')).status).toBe(200)
  expect(stub.tokensIssued()).toBe(2)
})

test('a new account verifying the same person takes the binding; the old account is told and can no longer file', async () => {
  stub.checks.set('vr-alice', { openid: ALICE, ...PERSON, finishTime: nowSeconds })
  stub.checks.set('vr-bob', { openid: BOB, ...PERSON, finishTime: nowSeconds })
  await verify('vr-alice')
  expect((await verify('vr-bob', BOB)).status).toBe(200)
  expect(await status(ALICE)).toMatchObject({ verified: false })
  const messages = (await http.postAsIs('account', { action: 'notifications' }, ALICE)).body.data.items
  expect(messages[0]).toMatchObject({ kind: 'identity' })
  expect(messages[0].title).toContain('另一个微信账号')
  expect(JSON.stringify(messages)).not.toContain(PERSON.idNumber)
})

test('the development adapter cannot exist in production: production always checks faces with WeChat', () => {
  expect(identityVerificationFor({ NODE_ENV: 'production' }).method).toBe('wechat_face')
  expect(identityVerificationFor({ NODE_ENV: 'development' }).method).toBe('development')
  expect(() => developmentVerification({ NODE_ENV: 'production' })).toThrow(/NODE_ENV=production/)
})

test('without a configured app id the WeChat adapter refuses in plain Chinese', async () => {
  const unconfigured = wechatFaceVerification(undefined)
  const result = await unconfigured.confirm({
    caller: ALICE,
    ...PERSON,
    verifyResult: 'x',
    now: new Date(NOW),
  })
  if (result.ok) throw new Error('expected a refusal')
  expect(result.error.message).toContain('未配置')
})
