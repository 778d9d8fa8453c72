/**
 * @jest-environment ./test/app/jsdom-node-fetch-environment.js
 */
// The built mini-program's 实名认证 page under miniprogram-simulate, with the store's WeChat face adapter reaching
// the local WeChat stub over HTTP (the simulator's jsdom gets Node's fetch). The page hands the typed name and ID
// number to wx.startFacialRecognitionVerify; a check the person abandons is said plainly; a finished check is
// confirmed by the real adapter with WeChat's face-identify result API, and every refusal WeChat's answer
// leads to is said in words and binds nothing, until a good check binds the account.

import { wechatFaceVerification } from '../../server/adapters/wechat/identity-verification.wechat'
import { wechatApi } from '../../server/adapters/wechat/wechat-api'
import { ALICE, BOB, dataOf, idNumber, type TempStore, tempStore } from '../server/support'
import { type FaceCheck, startWeChatStub, type WeChatStub } from '../wechat-stub'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { typeInto } from './weapp-fields'
import { byText, type Rendered, renderPage, waitFor } from './weapp-sim'

const NOW = '2026-05-01T02:00:00.000Z'
const nowSeconds = Date.parse(NOW) / 1000
const PERSON = { name: '李秀英', idNumber: idNumber('420105', 88) }
const GETINFO = '/cityservice/face/identify/getinfo'
let stub: WeChatStub
let store: TempStore
let page: Rendered
const faceChecks: { name: string; idCardNumber: string }[] = []
const bodyText = () => page.dom.textContent ?? ''

type FaceOptions = {
  name: string
  idCardNumber: string
  success?: (result: object) => void
  fail?: (result: object) => void
}

/** What the phone's face check does next: the person closes it, or it finishes with this verify_result. */
let nextFace: { abandon: true } | { verifyResult: string } = { abandon: true }

beforeAll(async () => {
  stub = await startWeChatStub()
  const api = wechatApi({ baseUrl: stub.base, appId: 'wx-test', secret: 'secret', timeoutMs: 2000 })
  store = tempStore(NOW, { verification: wechatFaceVerification(api) })
  page = renderPage('packages/identity/pages/verify/index', {
    cloud: inProcessCloud(store, ALICE),
    startFacialRecognitionVerify: (options: FaceOptions) => {
      faceChecks.push({ name: options.name, idCardNumber: options.idCardNumber })
      if ('abandon' in nextFace)
        return options.fail?.({ errCode: 90100, errMsg: 'startFacialRecognitionVerify:fail cancel' })
      options.success?.({ errCode: 0, errMsg: 'startFacialRecognitionVerify:ok', ...nextFace })
    },
  })
  await waitFor(() => bodyText().includes('按提示完成人脸核验'))
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await store.dispose()
  await stub.close()
})

const identityStatus = async () =>
  dataOf('identity.status', await store.call('identity', { action: 'status' }, ALICE))

/** The message on screen now: each step waits for its own, and for the one before to be gone. */
let shown = ''
const startCheck = async (expected: string) => {
  byText(page, '.tap', '开始核验').dispatchEvent('tap')
  await waitFor(() => bodyText().includes(expected) && (shown === '' || !bodyText().includes(shown)), 10_000)
  shown = expected
}

test('an abandoned face check is said plainly, asks WeChat nothing and binds nothing', async () => {
  await typeInto(page, '姓名', PERSON.name)
  await typeInto(page, '身份证号', PERSON.idNumber)
  await startCheck('人脸核验没有完成')
  expect(faceChecks).toEqual([{ name: PERSON.name, idCardNumber: PERSON.idNumber }])
  expect(stub.requests).not.toContain(GETINFO)
  expect((await identityStatus()).verified).toBe(false)
})

const finishedCheck = (overrides: Partial<FaceCheck> = {}): FaceCheck => ({
  openid: ALICE,
  ...PERSON,
  finishTime: nowSeconds - 30,
  ...overrides,
})

/**
 * Every way WeChat's answer refuses a finished check, as the stub answers it (no two alike in a row, so each
 * step sees its own message replace the last).
 */
const REFUSALS: [string, (result: string) => void, string][] = [
  [
    'a check of another person',
    (result) => stub.checks.set(result, finishedCheck({ name: '王小明', idNumber: idNumber('420105', 89) })),
    '身份证号或姓名与人脸核验的身份不一致',
  ],
  [
    'a check finished on another WeChat account',
    (result) => stub.checks.set(result, finishedCheck({ openid: BOB })),
    '人脸核验结果不属于当前微信账号',
  ],
  ['a result WeChat let expire (84002)', (result) => stub.expired.add(result), '人脸核验结果已过期'],
  [
    'a face that did not match',
    (result) => stub.checks.set(result, finishedCheck({ identifyRet: 1 })),
    '人脸核验未通过',
  ],
  [
    'a check finished more than ten minutes ago',
    (result) => stub.checks.set(result, finishedCheck({ finishTime: nowSeconds - 11 * 60 })),
    '人脸核验结果已过期',
  ],
  ['a result WeChat does not know (84003)', () => undefined, '人脸核验结果不存在'],
  ['WeChat not answering', () => stub.hang.add(GETINFO), '微信服务暂时无法连接'],
]

test.each(REFUSALS)(
  '%s is refused in words after WeChat is asked, and binds nothing',
  async (name, setUp, expected) => {
    const verifyResult = `vr-${name}`
    setUp(verifyResult)
    nextFace = { verifyResult }
    const asked = stub.requests.filter((path) => path === GETINFO).length
    await startCheck(expected)
    stub.hang.delete(GETINFO)
    expect(stub.requests.filter((path) => path === GETINFO).length).toBeGreaterThan(asked)
    expect((await identityStatus()).verified).toBe(false)
  },
)

test('a finished check WeChat confirms binds the account, and the page says who, masked', async () => {
  stub.checks.set('vr-good', finishedCheck())
  nextFace = { verifyResult: 'vr-good' }
  await startCheck('已实名认证：李秀英')
  const status = await identityStatus()
  expect(status).toMatchObject({ verified: true, name: PERSON.name, method: 'wechat_face' })
  expect(bodyText()).toContain(status.idNumberMasked)
  expect(bodyText()).not.toContain(PERSON.idNumber)
})
