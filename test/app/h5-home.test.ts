// The built H5 home page in real Chromium.
import type { Page } from 'playwright-core'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type H5Session, openH5 } from './h5-browser'

const ENTRY_LABELS = ['异地就医备案', '我的备案', '政策问答', '手工报销']

let session: H5Session
let page: Page

beforeAll(async () => {
  session = await openH5()
  page = session.page
  await page.goto(session.origin)
  await page.locator('.home__footer').waitFor()
  await page.screenshot({ path: '/tmp/h5-home.png', fullPage: true })
}, BUILD_TIMEOUT_MS)

afterAll(() => session?.close())

test('opening home asks for nothing the server lacks (no /favicon.ico 404)', async () => {
  const other = await page.context().newPage()
  const missing: string[] = []
  other.on('response', (response) => {
    // The static server here has no API: only the page's own files count.
    if (response.status() === 404 && !response.url().includes('/api/')) missing.push(response.url())
  })
  await other.goto(session.origin)
  await other.locator('.home__footer').waitFor()
  await other.waitForLoadState('networkidle')
  await other.close()
  expect(missing).toEqual([])
})

test('the tab’s icon loads: the page names one the browser can fetch, so it never asks a missing /favicon.ico', async () => {
  // Headless Chromium asks for no icon by itself, so the 404 above cannot show its absence: fetch what a browser would.
  const status = await page.evaluate(async () => {
    const named = document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href
    return (await fetch(named ?? new URL('/favicon.ico', location.href).href)).status
  })
  expect(status).toBe(200)
})

test.each(ENTRY_LABELS)('the home page shows the entry %s', async (label) => {
  await expect(page.locator('.home-entry__title', { hasText: label }).isVisible()).resolves.toBe(true)
})

test('the home page footer gives the 12393 hotline', async () => {
  await expect(page.locator('.home__footer').textContent()).resolves.toBe(
    '以参保地医保经办机构解释为准 · 咨询电话 12393',
  )
})

test('the smallest text on a phone-width screen is still large (elderly users)', async () => {
  // 32 design px at 750 wide is about 16.6 CSS px on a 390 px phone once the rem script has run.
  const hint = await page
    .locator('.home-entry__hint')
    .first()
    .evaluate((node) => getComputedStyle(node).fontSize)
  expect(Number.parseFloat(hint)).toBeGreaterThanOrEqual(16)
})

test('tapping 政策问答 opens the FAQ page', async () => {
  await page.locator('.home-entry', { hasText: '政策问答' }).click()
  await page.waitForURL(/#\/packages\/faq\/pages\/index/)
  await page.locator('.faq__input').waitFor()
})

/** What a person sees of the entries: where each card sits, its padding, its edge and the gap under it. */
const entryLayout = (on: Page) =>
  on.locator('.home-entry').evaluateAll((nodes) =>
    nodes
      .filter((node) => (node as HTMLElement).offsetParent !== null)
      .map((node) => {
        const box = node.getBoundingClientRect()
        const style = getComputedStyle(node)
        return {
          box: [box.x, box.width, box.height].map(Math.round),
          padding: style.padding,
          edge: style.borderLeftWidth,
          gap: style.marginBottom,
          align: style.alignItems,
        }
      }),
  )

// Back is pressed as soon as the next page shows, while it would still be sliding in: Taro's transition once left
// home shaded (blank) after such a quick back.
test('home keeps its layout after going to other pages and back (cards, spacing, edge)', async () => {
  await page.goto(session.origin)
  await page.locator('.home__footer').waitFor()
  const before = await entryLayout(page)
  expect(before.length).toBeGreaterThanOrEqual(5)
  for (const entry of ['政策问答', '手工报销', '我的备案']) {
    await page.locator('.home-entry', { hasText: entry }).filter({ visible: true }).click()
    await page.waitForURL((url) => !url.hash.startsWith('#/pages/index') && url.hash !== '')
    // Back as soon as the next page shows, well inside the 350 ms its slide-in took.
    await page
      .locator('.taro_page:not([id^="/pages/index/index"])')
      .filter({ visible: true })
      .first()
      .waitFor()
    await page.goBack()
    await page.locator('.home__footer').filter({ visible: true }).waitFor()
  }
  await page.screenshot({ path: '/tmp/h5-home-after.png', fullPage: true })
  expect(await entryLayout(page)).toEqual(before)
}, 90_000)

test('after a city is tapped, focus stays where the person is: on the chosen 参保地 (not the top of the page)', async () => {
  await page.goto(session.origin)
  await page.getByRole('textbox', { name: '参保地' }).fill('武汉')
  await page.getByRole('button', { name: '湖北省 武汉市' }).click()
  await page.getByText('参保地：湖北省 武汉市').waitFor()
  await page.getByRole('button', { name: '更改参保地' }).and(page.locator(':focus')).waitFor()
})

test('other pages have a title bar with a working 返回 (home has neither: nowhere to go back to)', async () => {
  await page.goto(session.origin)
  await page.locator('.home__footer').waitFor()
  expect(await page.getByRole('button', { name: '返回上一页' }).isVisible()).toBe(false)
  await page.locator('.home-entry', { hasText: '政策问答' }).click()
  await page.getByRole('heading', { name: '政策问答', level: 1 }).waitFor()
  expect(await page.title()).toBe('政策问答')
  await page.screenshot({ path: '/tmp/h5-title-bar.png' })
  await page.getByRole('button', { name: '返回上一页' }).click()
  await page.locator('.home__footer').filter({ visible: true }).waitFor()
  // Opened from a link, there is no page to go back to: the bar offers home instead.
  await page.goto(`${session.origin}#/packages/faq/pages/index`)
  await page.getByRole('button', { name: '回到首页' }).press('Enter')
  await page.locator('.home__footer').filter({ visible: true }).waitFor()
})
