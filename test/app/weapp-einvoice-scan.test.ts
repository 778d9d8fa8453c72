/**
 * @jest-environment jsdom
 */
// The built mini-program's claim form under miniprogram-simulate: 扫描票据二维码 opens WeChat's scanner, and the
// e-invoice's QR text fills 票据代码, 票据号码, 校验码, 开票日期 and 金额; a code that is no e-invoice is said so
// and fills nothing.
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { byText, type Rendered, renderPage, waitFor } from './weapp-sim'

let page: Rendered
/** What WeChat's scanner answers to the next tap. */
let scanned = ''
const bodyText = () => page.dom.textContent ?? ''

beforeAll(() => {
  page = renderPage('packages/claim/pages/new/index', {
    scanCode: (options: { success?: (result: object) => void; complete?: (result: object) => void }) => {
      const result = { result: scanned, scanType: 'QR_CODE', errMsg: 'scanCode:ok' }
      options.success?.(result)
      options.complete?.(result)
    },
    getStorageSync: () => '',
  })
  return waitFor(() => bodyText().includes('我已阅读并同意')).then(() => {
    byText(page, '.tap', '我已阅读并同意').dispatchEvent('tap')
    return waitFor(() => bodyText().includes('扫描票据二维码'))
  })
}, BUILD_TIMEOUT_MS)

test('a code that is no e-invoice is said so and adds nothing', async () => {
  scanned = 'https://shop.example.com/item?id=5'
  byText(page, '.tap', '扫描票据二维码').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('没能读出这张票据的二维码'))
  expect(bodyText()).not.toContain('电子票据 1')
})

test('the invoice QR code fills the e-invoice fields', async () => {
  scanned =
    'https://pjcy.example.gov.cn/check?billcode=36010121&billno=0000000001&random=a1b2c3&total=800.00&date=20260410'
  byText(page, '.tap', '扫描票据二维码').dispatchEvent('tap')
  await waitFor(() => bodyText().includes('电子票据 1'))
  expect(bodyText()).toContain('已从二维码读出：票据代码 36010121，号码 0000000001，金额 800.00 元')
  expect(bodyText()).not.toContain('没能读出这张票据的二维码')
})
