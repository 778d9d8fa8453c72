// Issue 20 in real Chromium against the local runtime: staff turn a question into another wording of an entry, and
// the app finds that entry for the wording after it starts again (it fetches faq.additions at start); without a
// network it still answers from the shipped corpus. A search left without a certain answer and a 没帮助 tap reach
// staff's weekly counts (问答统计). Driven by what the screen says.
import { faqEntryById, nearestFaqEntries } from '@shared/faq'
import type { Page } from 'playwright-core'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { Person } from './h5-journey'

const STAFF = 'staff-faq-additions'
/** A wording the shipped corpus has no certain answer for. */
const WORDING = '电子医保码能不能直接刷'
/** The entry staff make it another wording of: one the queue offers for it. */
const ENTRY = nearestFaqEntries(WORDING, 3).find((entry) => entry.id === 'which-hospitals')
const ANSWERED = '急诊没备案能报销吗'
/** A question the notices do not answer, and the entry staff draft for it. */
const UNANSWERED = '在外地住院请护工的钱医保能不能报'
const DRAFT = {
  question: '异地住院请护工的费用能报销吗？',
  answer: '护工费、陪护费不属于基本医疗保险基金支付范围，需个人自理。',
}

let app: AppSession
beforeAll(async () => {
  app = await openApp({ staff: [STAFF] })
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

const openFaq = async (page: Page) => {
  await page.goto(app.origin)
  const person = new Person(page)
  await person.tap(page.locator('.home-entry', { hasText: '政策问答' }))
  await person.sees('热门问题')
  return person
}
const search = async (page: Page, text: string) => {
  const box = page.getByLabel('输入您的问题', { exact: true })
  await box.fill('')
  await box.pressSequentially(text)
}
const reported = (page: Page, action: string) =>
  page.waitForRequest(
    (request) => request.url().endsWith('/api/fn/faq') && request.postDataJSON()?.action === action,
    { timeout: 20_000 },
  )

test('a miss and a 没帮助 are counted; an alias found by the app after a restart; offline the shipped corpus answers', async () => {
  if (!ENTRY) throw new Error(`the queue would not offer which-hospitals for ${WORDING}`)
  const page = await app.newPage('faq-additions-asker')
  await page.goto(app.origin)
  const person = new Person(page)
  await person.rememberRegion('武汉', '湖北省 武汉市')
  await person.tap(page.locator('.home-entry', { hasText: '政策问答' }))
  await person.sees('热门问题')

  // The search stays without a certain answer: once the person stops typing it is reported.
  const missed = reported(page, 'missed')
  await search(page, WORDING)
  await person.sees('没有找到确定的答案')
  expect((await missed).postDataJSON()).toEqual({ action: 'missed', q: WORDING })
  await person.tap(person.button('向医保经办机构提问'))
  await person.tap(person.button('提交问题'))
  await person.sees('已提交给医保经办机构')

  // An answer that did not help: 没帮助 is counted too.
  const voted = reported(page, 'feedback')
  await search(page, ANSWERED)
  const card = page.locator('.faq-card').filter({ visible: true }).first()
  await card.getByText('没帮助', { exact: true }).click()
  await card.getByText('感谢反馈').waitFor()
  expect((await voted).postDataJSON()).toMatchObject({ action: 'feedback', helpful: false })

  const staffPage = await app.newPage(STAFF)
  await staffPage.goto(app.origin)
  const staff = new Person(staffPage)
  await staff.tap(staff.button('经办审核'))
  await staff.tap(staff.button('问答统计'))
  await staff.sees('没找到答案 1 次，没帮助 1 次')
  await app.screenshot(staffPage, 'staff-faq-weekly')
  expect(await seriousViolations(staffPage)).toEqual([])

  await staff.tap(staff.button('群众提问'))
  await staff.sees(`搜索过：${WORDING}`)
  expect(await staff.textbox('同义说法').inputValue()).toBe(WORDING)
  await app.screenshot(staffPage, 'staff-faq-alias')
  expect(await seriousViolations(staffPage)).toEqual([])
  await staff.tap(staff.button(`归入：${ENTRY.question}`))
  await staff.sees('没有待答复的群众提问')

  // The app starts again: it fetches what staff added, and the wording finds the entry, as a certain answer.
  const fetched = reported(page, 'additions')
  await openFaq(page)
  await fetched
  await search(page, WORDING)
  await person.sees('找到')
  await page
    .locator('.faq-card__question', { hasText: ENTRY.question })
    .filter({ visible: true })
    .first()
    .waitFor()
  await app.screenshot(page, 'faq-alias-after-restart')

  // The asker got the entry in 消息.
  await page.goto(app.origin)
  await person.tap(page.getByRole('button', { name: /^消息/ }))
  await person.sees('您向医保经办机构的提问已答复')
  await person.sees(ENTRY.question)

  // A question no entry answers: staff draft a new entry with its source clause, found once the app starts again.
  await openFaq(page)
  await search(page, UNANSWERED)
  await person.sees('没有找到确定的答案')
  await person.tap(person.button('向医保经办机构提问'))
  await person.tap(person.button('提交问题'))
  await person.sees('已提交给医保经办机构')
  await staffPage.goto(app.origin)
  await staff.tap(staff.button('经办审核'))
  await staff.tap(staff.button('群众提问'))
  await staff.sees(`搜索过：${UNANSWERED}`)
  await staff.tap(staff.button('起草新问答'))
  await staff.type('新问答的问题', DRAFT.question)
  await staff.type('新问答的答案', DRAFT.answer)
  await staff.tap(staff.button('发布新问答并答复'))
  await staff.sees('请选择出处文件')
  await staff.choose('本程序服务规则')
  await staff.type('出处条款', '经办答复')
  await app.screenshot(staffPage, 'staff-faq-draft')
  expect(await seriousViolations(staffPage)).toEqual([])
  await staff.tap(staff.button('发布新问答并答复'))
  await staff.sees('没有待答复的群众提问')
  await openFaq(page)
  await search(page, '请护工的钱能报吗')
  // The drafted entry answers first, citing the clause staff gave it.
  const drafted = page.locator('.faq-card').filter({ visible: true }).first()
  await drafted.locator('.faq-card__question', { hasText: DRAFT.question }).waitFor()
  await drafted.locator('.faq-answer__source', { hasText: '经办答复' }).waitFor()
  await app.screenshot(page, 'faq-draft-after-restart')

  // Offline (nothing reaches the server): the shipped corpus still answers; the alias waits for the network.
  const offline = await app.newPage('faq-additions-offline')
  await offline.route('**/api/**', (route) => route.abort('internetdisconnected'))
  await openFaq(offline)
  await search(offline, ANSWERED)
  const answer = offline.locator('.faq-card').filter({ visible: true }).first()
  await answer.waitFor()
  const expected = faqEntryById('emergency-no-filing')
  expect(await answer.locator('.faq-card__question').textContent()).toBe(expected?.question)
  await search(offline, WORDING)
  await new Person(offline).sees('没有找到确定的答案')
  await app.screenshot(offline, 'faq-offline-shipped')
}, 240_000)
