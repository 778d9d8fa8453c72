// 变更 and 撤销 on a filing's page, in real Chromium against the local runtime: the lock is said up front, one
// form opens at a time where the person tapped, and focus follows the person through it.
import type { FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { prepareIdentityOverHttp } from '../identity-prelude'
import { draft, idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp } from './h5-app'
import { Person } from './h5-journey'

const PERSON = 'e2e-jining-alter'
let app: AppSession
let filing: FilingView

beforeAll(async () => {
  app = await openApp()
  const submit = {
    action: 'submit',
    draft: draft({
      insuredRegion: '370800',
      insured: { name: '孔明', idNumber: idNumber('370802', 51), phone: '13900139001' },
      startDate: todayInShanghai(new Date()),
    }),
    idempotencyKey: 'e2e-alter-0001',
  }
  await prepareIdentityOverHttp(app.origin, PERSON, 'filing', submit)
  const response = await fetch(`${app.origin}api/fn/filing`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': PERSON },
    body: JSON.stringify(submit),
  })
  const reply = (await response.json()) as { ok: boolean; data: FilingView }
  if (!reply.ok) throw new Error(JSON.stringify(reply))
  filing = reply.data
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

const focused = (person: Person, name: string) =>
  person.page.getByRole('textbox', { name, exact: true }).and(person.page.locator(':focus')).waitFor()

test("济宁's lock applies only after costs: it is said up front, and change and cancel stay open", async () => {
  const page = await app.newPage(PERSON)
  await page.goto(`${app.origin}#/pages/filings/detail/index?id=${filing.filingId}`)
  const person = new Person(page)
  await person.sees('变更或撤销')
  await person.sees('在备案地发生医疗费用后，备案满 6 个月')
  await person.sees('还没有在备案地发生费用的，现在可以办理')

  // An example value is said to be one, set apart from the citations (a dashed box), never as a 来源.
  const example = page.getByText('示例数值，以当地经办机构公布为准').first()
  await example.waitFor()
  expect(await example.evaluate((node) => getComputedStyle(node).borderTopStyle)).toBe('dashed')
  expect(await page.getByText('来源：示例参数').count()).toBe(0)

  await person.tap(person.button('变更就医地'))
  await focused(person, '新的就医地')
  await person.type('新的就医地', '天津')
  await person.tap(person.button('天津市'))
  // The tapped result is gone: focus is on the place now chosen, not lost to the top of the page.
  await page
    .getByRole('button', { name: '更改新的就医地（已选：天津市）' })
    .and(page.locator(':focus'))
    .waitFor()
  await app.screenshot(page, 'alter-change-open')
  expect(await seriousViolations(page)).toEqual([])

  // One form at a time: opening 撤销 closes 变更.
  await person.tap(person.button('撤销备案'))
  await focused(person, '撤销原因')
  expect(await person.button('不变更了').count()).toBe(0)
  await person.tap(person.button('不撤销了'))
  await person.button('撤销备案').waitFor()

  // Back to 变更: the place chosen before is still there.
  await person.tap(person.button('变更就医地'))
  await person.sees('天津市')
  await person.tap(person.button('确认变更'))
  await person.sees('就医地变更为天津市')
})

test('the 备案凭证 shows the filing number, who, where, how long and whether it holds today, in large type', async () => {
  const page = await app.newPage(PERSON)
  await page.goto(`${app.origin}#/pages/filings/detail/index?id=${filing.filingId}`)
  const person = new Person(page)
  // The change before this re-registers the filing: the page asks again by itself until the platform holds it.
  await page
    .getByText('已登记，可在就医地直接结算')
    .filter({ visible: true })
    .first()
    .waitFor({ timeout: 60_000 })
  await person.tap(person.button('出示备案凭证（就医时给医院看）'))
  const certificate = page.getByRole('region', { name: '异地就医备案凭证' })
  await certificate.getByText(filing.filingId, { exact: true }).waitFor()
  for (const text of [
    '备案有效，可在备案地联网定点医疗机构直接结算',
    '孔明（3708**********0515）',
    '长期有效',
  ])
    await certificate.getByText(text, { exact: false }).first().waitFor()
  expect(await certificate.textContent()).not.toContain(idNumber('370802', 51))
  await page.getByRole('heading', { name: '备案凭证' }).waitFor()
  expect(await seriousViolations(page)).toEqual([])
  await app.screenshot(page, 'certificate')
  // 大字模式 (home's switch): the number still fits the phone's width.
  await page.goto(app.origin)
  await person.tick('大字模式')
  await page.goto(`${app.origin}#/pages/filings/certificate/index?id=${filing.filingId}`)
  await certificate.getByText(filing.filingId, { exact: true }).waitFor()
  const overflow = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.certificate *')).some(
      (node) => node.getBoundingClientRect().right > window.innerWidth + 1,
    ),
  )
  expect(overflow).toBe(false)
  await app.screenshot(page, 'certificate-large-text')
})
