// The built H5 FAQ page (journey D) in real Chromium: the search runs in the page, only the
// feedback goes to the backend — which is not there, except where the test answers for it.
import { searchFaq } from '@shared/faq'
import { clauseTextOf } from '@shared/policy/clause-text'
import { sourceLabel } from '@shared/policy/sources'
import type { Page, Request } from 'playwright-core'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type H5Session, openH5 } from './h5-browser'

const QUERY = '零星报销要啥'
const FAQ_FUNCTION = '**/api/fn/faq'

let session: H5Session
let page: Page

const searchBox = () => page.locator('.faq__input input')

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function search(text: string) {
  await searchBox().fill('')
  await searchBox().pressSequentially(text)
}

beforeAll(async () => {
  session = await openH5()
  page = session.page
  await page.goto(`${session.origin}#/packages/faq/pages/index`)
  await page.locator('.faq-hot').first().waitFor()
}, BUILD_TIMEOUT_MS)

afterAll(() => session?.close())

afterEach(() => page.unroute(FAQ_FUNCTION))

test('before anything is typed the page lists hot questions', async () => {
  await expect(page.locator('.faq__heading').first().textContent()).resolves.toBe('热门问题')
  expect(await page.locator('.faq-hot__text').count()).toBeGreaterThanOrEqual(3)
})

test('a colloquial query shows a cited answer about 报销 first', async () => {
  await search(QUERY)
  const first = page.locator('.faq-card').first()
  await first.waitFor()
  await expect(first.locator('.faq-card__question').textContent()).resolves.toContain('报销')
  await expect(first.locator('.faq-answer__source').first().textContent()).resolves.toMatch(/^来源：.+/)
  await expect(first.locator('.faq-answer__disclaimer').textContent()).resolves.toBe(
    '以参保地医保经办机构解释为准',
  )
  // The answer is drawn first and the others right after it: every one the heading counts is listed.
  const found = Number((await page.getByText(/^找到 \d+ 条相关回答$/).textContent())?.match(/\d+/)?.[0])
  expect(found).toBeGreaterThan(1)
  await page
    .locator('.faq-card')
    .nth(found - 1)
    .waitFor()
  expect(await page.locator('.faq-card').count()).toBe(found)
  await page.screenshot({ path: '/tmp/h5-faq.png', fullPage: true })
})

test('a 来源 line opens the words of the clause it cites, and closes again', async () => {
  // The first source of the first answer whose notice the app holds, as the core's tables say.
  const cited = searchFaq(QUERY)[0].sources.find((from) => clauseTextOf(from))
  if (!cited) throw new Error(`the first answer to ${QUERY} cites no clause whose text is held`)
  const words = (clauseTextOf(cited) as string).split('\n')[0].slice(0, 24)
  const first = page.locator('.faq-card').first()
  const toggle = first.getByRole('button', { name: `来源：${sourceLabel(cited)}，查看原文` })
  await toggle.click()
  const clause = first.locator('.faq-source__clause')
  await clause.getByText(words).waitFor()
  await expect(clause.locator('.faq-source__title').textContent()).resolves.toBe(
    `${cited.doc} ${cited.clause}`,
  )
  await page.screenshot({ path: '/tmp/h5-faq-clause.png', fullPage: true })
  await first.getByRole('button', { name: `来源：${sourceLabel(cited)}，收起原文` }).click()
  await clause.waitFor({ state: 'detached' })
})

test('answer text is large on a phone-width screen (elderly users)', async () => {
  const sizes = await page
    .locator('.faq-answer__text, .faq-answer__source, .faq-feedback__button')
    .evaluateAll((nodes) => nodes.map((node) => Number.parseFloat(getComputedStyle(node).fontSize)))
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16)
})

test('有帮助 thanks the user and sends the feedback with the answer id', async () => {
  const requests: Request[] = []
  await page.route(FAQ_FUNCTION, (route) => {
    requests.push(route.request())
    return route.fulfill({ json: { ok: true, data: {} } })
  })
  const first = page.locator('.faq-card').first()
  await first.locator('.faq-feedback__button', { hasText: '有帮助' }).click()
  await first.getByText('感谢反馈').waitFor()
  await until(() => requests.length > 0)
  expect(requests).toHaveLength(1)
  expect(requests[0].postDataJSON()).toEqual({
    action: 'feedback',
    id: searchFaq(QUERY)[0].id,
    helpful: true,
    q: QUERY,
  })
  expect(await requests[0].headerValue('x-openid')).toMatch(/^dev-[0-9a-f]{16}$/)
  await expect(first.locator('.faq-feedback__note').count()).resolves.toBe(0)
})

test('feedback with no backend still thanks the user and keeps the answers readable', async () => {
  const second = page.locator('.faq-card').nth(1)
  await second.locator('.faq-feedback__button', { hasText: '没帮助' }).click()
  await second.getByText('感谢反馈').waitFor()
  await second.locator('.faq-feedback__note').waitFor()
  await expect(page.locator('.faq-card').count()).resolves.toBeGreaterThan(1)
})

test('gibberish gets suggestions and a tel: link to 12393', async () => {
  await search('qwertyzz')
  await page.locator('.faq-empty').waitFor()
  expect(await page.locator('.faq-card').count()).toBe(0)
  expect(await page.locator('.faq-empty__suggestion').count()).toBeGreaterThan(0)
  await expect(page.locator('a.hotline').getAttribute('href')).resolves.toBe('tel:12393')
})

test('tapping a suggestion answers it', async () => {
  const suggestion = (await page.locator('.faq-empty__suggestion').first().textContent()) ?? ''
  await page.locator('.faq-empty__suggestion').first().click()
  await expect(page.locator('.faq-card__question').first().textContent()).resolves.toBe(suggestion)
})

test('the clear button empties the box and brings the hot questions back', async () => {
  await page.locator('.faq__clear').click()
  await page.locator('.faq-hot').first().waitFor()
  await expect(searchBox().inputValue()).resolves.toBe('')
})

test('a question about which hospitals settle leads to 查定点医院 (last: it leaves the FAQ)', async () => {
  await search('哪些医院可以直接结算')
  const link = page.locator('.faq-card').first().getByRole('button', { name: '查定点医院' })
  await link.waitFor()
  await page.screenshot({ path: '/tmp/h5-faq-see.png', fullPage: true })
  await link.click()
  await page.getByText('医院所在城市').first().waitFor()
  expect(page.url()).toContain('packages/hospitals/pages/index')
})
