/**
 * @jest-environment jsdom
 */
// The built mini-program home page under miniprogram-simulate with the official wcc compiler.
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { byText, g, type Rendered, renderPage, texts, waitFor } from './weapp-sim'

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

test('the insured region is chosen once by typing a city, and remembered with its profile', async () => {
  const setStorageSync = jest.spyOn(g.wx, 'setStorageSync')
  page.querySelectorAll('.text-field__input')[0].dispatchEvent('input', { detail: { value: '赣州' } })
  await waitFor(() => page.querySelectorAll('.region-field__result').length > 0)
  page.querySelectorAll('.region-field__result')[0].dispatchEvent('tap')
  await waitFor(() =>
    (page.dom.textContent ?? '').includes('参保地：江西省 赣州市（按江西省赣州市规定办理）'),
  )
  expect(setStorageSync).toHaveBeenCalledWith(
    'yidi.preferences',
    expect.objectContaining({ insuredRegion: '360700' }),
  )
})

test('外伤承诺书 is offered on home only where the profile applies it (济宁), and opens the letter', async () => {
  // 赣州 was chosen above: its notice has no such letter.
  expect(texts(page, '.home-entry__title')).not.toContain('外伤承诺书')
  byText(page, '.tap', '更改').dispatchEvent('tap')
  await waitFor(() => page.querySelectorAll('.text-field__input').length > 0)
  page.querySelectorAll('.text-field__input')[0].dispatchEvent('input', { detail: { value: '济宁' } })
  await waitFor(() => page.querySelectorAll('.region-field__result').length > 0)
  page.querySelectorAll('.region-field__result')[0].dispatchEvent('tap')
  await waitFor(() => texts(page, '.home-entry__title').includes('外伤承诺书'))
  const navigateTo = jest.spyOn(g.wx, 'navigateTo')
  navigateTo.mockClear()
  byText(page, '.tap', '外伤承诺书外伤且无第三方责任：在手机上填写签名，就诊时出示').dispatchEvent('tap')
  await waitFor(() => navigateTo.mock.calls.length > 0)
  expect(navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/commitment/pages/trauma/index' })
})

test('大字模式 enlarges the page and is remembered', async () => {
  const setStorageSync = jest.spyOn(g.wx, 'setStorageSync')
  const box = page
    .querySelectorAll('.check-row__box')
    .find((node) => node.dom.textContent?.includes('大字模式'))
  box?.dispatchEvent('tap')
  await waitFor(() =>
    (page.querySelector('.home')?.dom.getAttribute('style') ?? '').includes('--font-scale: 1.3'),
  )
  expect(setStorageSync).toHaveBeenCalledWith(
    'yidi.preferences',
    expect.objectContaining({ largeText: true }),
  )
})

test('tapping 异地就医备案 opens the filing wizard', async () => {
  const navigateTo = jest.spyOn(g.wx, 'navigateTo')
  page.querySelectorAll('.home-entry')[0].dispatchEvent('tap')
  await waitFor(() => navigateTo.mock.calls.length > 0)
  expect(navigateTo.mock.calls.at(-1)?.[0]).toMatchObject({ url: '/pages/filing/index' })
})

test('tapping 隐私说明 opens the privacy page', async () => {
  const navigateTo = jest.spyOn(g.wx, 'navigateTo')
  navigateTo.mockClear()
  byText(page, '.tap', '隐私说明').dispatchEvent('tap')
  await waitFor(() => navigateTo.mock.calls.length > 0)
  expect(navigateTo.mock.calls[0][0]).toMatchObject({ url: '/packages/privacy/pages/index' })
})
