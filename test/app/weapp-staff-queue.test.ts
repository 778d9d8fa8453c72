/**
 * @jest-environment jsdom
 */
// The built mini-program's staff queue (packages/staff) under miniprogram-simulate: wx.cloud.callFunction runs
// the real function handlers in process against a real SQLite store, so only the transport is replaced. A
// person without the staff role sees the refusal, because the server refused them.
import { ALICE, type TempStore, tempStore } from '../server/support'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { inProcessCloud } from './weapp-cloud'
import { type Rendered, renderPage, waitFor } from './weapp-sim'

let store: TempStore
let page: Rendered
const asked: string[] = []

const bodyText = () => page.dom.textContent ?? ''

beforeAll(() => {
  store = tempStore()
  page = renderPage('packages/staff/pages/queue/index', { cloud: inProcessCloud(store, ALICE, asked) })
  return waitFor(() => bodyText().includes('仅限医保经办人员'))
}, BUILD_TIMEOUT_MS)

afterAll(() => store.dispose())

test('a non-staff user is refused by the server and told the page is for staff only', () => {
  expect(asked).toContain('staff.queue')
  expect(bodyText()).toContain('仅限医保经办人员使用')
  expect(page.querySelectorAll('.record-card')).toHaveLength(0)
})

test('the refusal offers the way back home, not a retry that cannot succeed', () => {
  expect(bodyText()).toContain('返回首页')
  expect(bodyText()).not.toContain('重试')
})
