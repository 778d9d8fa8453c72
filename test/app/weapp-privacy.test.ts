/**
 * @jest-environment jsdom
 */
// The built mini-program's 隐私说明 under miniprogram-simulate: every kind of personal information in the core's
// table, with its purpose and retention, and example periods said to be examples.
import { PERSONAL_DATA, RETENTION } from '@shared/policy/privacy'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type Rendered, renderPage, waitFor } from './weapp-sim'

let page: Rendered
const bodyText = () => page.dom.textContent ?? ''

beforeAll(() => {
  page = renderPage('packages/privacy/pages/index')
  return waitFor(() => bodyText().includes('本说明版本'))
}, BUILD_TIMEOUT_MS)

test.each(PERSONAL_DATA.map((kind) => [kind.id, kind] as const))(
  'the page says what %s is, why it is collected and how long it is kept',
  (_, kind) => {
    expect(bodyText()).toContain(kind.data)
    expect(bodyText()).toContain(`用途：${kind.purpose}`)
    expect(bodyText()).toContain(`保存：${RETENTION[kind.retention].period}`)
  },
)

test('example retention periods are said to be examples, with where the rule comes from', () => {
  expect(bodyText()).toContain('（示例期限，以经办机构公布为准）')
  expect(bodyText()).toContain('本服务的办理规则（未使用文件清理），非政策条文')
})
