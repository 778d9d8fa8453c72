// The staff queue in real Chromium, a page at a time: the first 20 records, 加载更多 for the rest, a failed next
// page that says so and retries, the end of the list, and a filter with nothing in it.
import { QUEUE_PAGE } from '@shared/schemas/staff.schema'
import { todayInShanghai } from '@shared/time/calendar'
import type { Page } from 'playwright-core'
import { draft, idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'

const AGENT = 'e2e-paging-agent'
const REVIEWER = 'e2e-paging-reviewer'
const FILINGS = QUEUE_PAGE.size + 3

let app: AppSession

beforeAll(async () => {
  app = await openApp({ staff: [REVIEWER] })
  for (let n = 0; n < FILINGS; n++) {
    const response = await fetch(`${app.origin}api/fn/filing`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': AGENT },
      body: JSON.stringify({
        action: 'submit',
        draft: draft({
          filingType: 'temporary',
          insured: { name: '周敏', idNumber: idNumber('420106', 400 + n), phone: '13800138000' },
          startDate: todayInShanghai(new Date()),
        }),
        idempotencyKey: `e2e-paging-${n}-key`,
      }),
    })
    const reply = (await response.json()) as { ok: boolean }
    if (!reply.ok) throw new Error(JSON.stringify(reply))
  }
}, BUILD_TIMEOUT_MS)

afterAll(() => app?.close())

const cards = (page: Page) => page.getByRole('button').filter({ hasText: '办理于' })
const waitForCards = (page: Page, count: number) =>
  page.waitForFunction(
    (expected) =>
      Array.from(document.querySelectorAll('[role="button"], button')).filter((node) =>
        node.textContent?.includes('办理于'),
      ).length === expected,
    count,
    { timeout: 30_000 },
  )

test('20 filings first, 加载更多 brings the rest; a failed page says so and its retry works', async () => {
  const reviewer = await app.newPage(REVIEWER)
  await reviewer.goto(`${app.origin}#/packages/staff/pages/queue/index`)
  await reviewer.getByRole('button', { name: '备案补充材料', exact: true }).click()
  await reviewer.getByRole('button', { name: '生效', exact: true }).click()
  await waitForCards(reviewer, QUEUE_PAGE.size)
  const more = reviewer.getByRole('button', { name: '加载更多', exact: true })
  await more.waitFor({ timeout: 30_000 })
  expect(await seriousViolations(reviewer)).toEqual([])
  await app.screenshot(reviewer, 'staff-queue-first-page')

  // The server goes away between two pages: the list stays, the failure is said where the button was.
  await app.stopServer()
  await more.click()
  await reviewer.getByRole('alert').filter({ hasText: '下一页没有加载成功' }).waitFor({ timeout: 60_000 })
  expect(await cards(reviewer).count()).toBe(QUEUE_PAGE.size)
  await app.screenshot(reviewer, 'staff-queue-next-page-failed')
  await app.startServer()
  await reviewer.getByRole('button', { name: '重试', exact: true }).click()
  await waitForCards(reviewer, FILINGS)
  await reviewer.getByText(`已全部显示，共 ${FILINGS} 条`).waitFor({ timeout: 30_000 })
  expect(await more.count()).toBe(0)
  await app.screenshot(reviewer, 'staff-queue-all-shown')

  await reviewer.getByRole('button', { name: '已过期', exact: true }).click()
  await reviewer.getByText('没有这个状态的事项').waitFor({ timeout: 30_000 })
  expect(await cards(reviewer).count()).toBe(0)
}, 180_000)
