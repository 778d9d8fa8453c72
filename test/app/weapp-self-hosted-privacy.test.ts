/**
 * @jest-environment jsdom
 */
// The 隐私说明 of the mini-program built for a self-hosted server (API_BASE_URL): no entrusted processor runs its
// backend, and the page says so instead of naming CloudBase.
import { PRIVACY_CONTACT } from '@shared/policy/privacy'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { SELF_HOSTED_BUILD } from './weapp-self-hosted'
import { type Rendered, renderPage, waitFor } from './weapp-sim'

let page: Rendered
const bodyText = () => page.dom.textContent ?? ''

beforeAll(() => {
  page = renderPage('packages/privacy/pages/index', {}, {}, SELF_HOSTED_BUILD)
  return waitFor(() => bodyText().includes('受托处理'), 15_000)
}, BUILD_TIMEOUT_MS)

test('the page names no entrusted processor, and not CloudBase', () => {
  expect(bodyText()).toContain(`受托处理：${PRIVACY_CONTACT.selfHosted}。`)
  expect(bodyText()).not.toContain('CloudBase')
})
