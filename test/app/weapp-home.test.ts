/**
 * @jest-environment jsdom
 */
// The built mini-program home page under miniprogram-simulate with the official wcc compiler.
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { g, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

const ENTRY_LABELS = ['异地就医备案', '我的备案', '政策问答', '手工报销']

let page: Rendered

beforeAll(() => {
  page = renderPage('pages/index/index')
  return waitFor(() => (page.dom.textContent ?? '').includes('咨询电话'))
}, BUILD_TIMEOUT_MS)

test.each(ENTRY_LABELS)('the home page offers the entry %s', (label) => {
  expect(texts(page, '.home-entry__title')).toContain(label)
})

test('the home page footer gives the 12393 hotline', () => {
  expect(page.querySelector('.home__footer')?.dom.textContent).toBe(
    '以参保地医保经办机构解释为准 · 咨询电话 12393',
  )
})

test('tapping 政策问答 opens the FAQ page', async () => {
  const navigateTo = jest.spyOn(g.wx, 'navigateTo')
  page.querySelectorAll('.home-entry')[2].dispatchEvent('tap')
  await waitFor(() => navigateTo.mock.calls.length > 0)
  expect(navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/faq/pages/index' })
})
