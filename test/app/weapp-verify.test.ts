/**
 * @jest-environment jsdom
 */
// The built mini-program's 实名认证 page under miniprogram-simulate, with the store's WeChat face adapter: it
// hands the typed name and ID number to wx.startFacialRecognitionVerify, and a face check the person abandons is
// said plainly and binds nothing. (WeChat's confirmation of a finished check is tested over HTTP against the
// WeChat stub in identity-wechat: the simulator's jsdom has no fetch to reach it.)
import { wechatFaceVerification } from '../../server/adapters/wechat/identity-verification.wechat'
import { wechatApi } from '../../server/adapters/wechat/wechat-api'
import { ALICE, dataOf, idNumber, type TempStore, tempStore } from '../server/support'
import { startWeChatStub, type WeChatStub } from '../wechat-stub'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { byText, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const NOW = '2026-05-01T02:00:00.000Z'
const PERSON = { name: '李秀英', idNumber: idNumber('420105', 88) }
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

beforeAll(async () => {
  stub = await startWeChatStub()
  const api = wechatApi({ baseUrl: stub.base, appId: 'wx-test', secret: 'secret', timeoutMs: 2000 })
  store = tempStore(NOW, { verification: wechatFaceVerification(api) })
  page = renderPage('packages/identity/pages/verify/index', {
    cloud: inProcessCloud(store, ALICE),
    startFacialRecognitionVerify: (options: FaceOptions) => {
      faceChecks.push({ name: options.name, idCardNumber: options.idCardNumber })
      // The person closes the face check before it finishes.
      options.fail?.({ errCode: 90100, errMsg: 'startFacialRecognitionVerify:fail cancel' })
    },
  })
  await waitFor(() => bodyText().includes('按提示完成人脸核验'))
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await store.dispose()
  await stub.close()
})

/** Every text field has one label and one input, in the same order. */
/** One render pass of the page after an event, as the wizard's simulator walk waits. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60))

const type = async (label: string, value: string) => {
  const labels = texts(page, '.text-field__label').map((text) => text.trim())
  const input = page.querySelectorAll('.text-field__input')[labels.indexOf(label)]
  if (!labels.includes(label) || !input) throw new Error(`no field ${label}: ${labels.join(' | ')}`)
  input.dispatchEvent('input', { detail: { value } })
  await settle()
}

const identityStatus = async () =>
  dataOf('identity.status', await store.call('identity', { action: 'status' }, ALICE))

test('an abandoned face check is said plainly and binds nothing', async () => {
  await type('姓名', PERSON.name)
  await type('身份证号', PERSON.idNumber)
  byText(page, '.tap', '开始核验').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('人脸核验没有完成'))
  expect(faceChecks).toEqual([{ name: PERSON.name, idCardNumber: PERSON.idNumber }])
  expect((await identityStatus()).verified).toBe(false)
})
