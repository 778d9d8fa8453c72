// 我的住院能直接结算吗 on a filing's page, in real Chromium against the local runtime: the person picks the hospital
// from the directory (the shipped Ganzhou sample, then an imported list) or types it, chooses the kind of care, and
// reads the answer with each reason and where it comes from.
import path from 'node:path'
import { HOSPITAL_CSV_COLUMNS } from '@shared/hospitals/hospital-csv'
import type { FilingView } from '@shared/schemas/responses.schema'
import { addDays, todayInShanghai } from '@shared/time/calendar'
import { prepareIdentityOverHttp } from '../identity-prelude'
import { draft, idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp, pageStandsStill, SCREENSHOTS } from './h5-app'
import { Person } from './h5-journey'

const PERSON = 'e2e-coverage-hubei'
const STAFF = 'e2e-coverage-staff'
const today = todayInShanghai(new Date())
let app: AppSession
let filing: FilingView

beforeAll(async () => {
  app = await openApp({ staff: [STAFF] })
  const submit = {
    action: 'submit',
    draft: draft({
      filingType: 'temporary',
      destination: '360700',
      insured: { name: '周明', idNumber: idNumber('420105', 61), phone: '13900139061' },
      startDate: today,
    }),
    idempotencyKey: 'e2e-coverage-0001',
  }
  await prepareIdentityOverHttp(app.origin, PERSON, 'filing', submit)
  const reply = (await (
    await fetch(`${app.origin}api/fn/filing`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': PERSON },
      body: JSON.stringify(submit),
    })
  ).json()) as { ok: boolean; data: FilingView }
  if (!reply.ok) throw new Error(JSON.stringify(reply))
  filing = reply.data
}, BUILD_TIMEOUT_MS)
afterAll(() => app?.close())

/** The question and its answer alone, large enough to read in the screenshot. */
const shotSection = async (person: Person, name: string) => {
  await pageStandsStill(person.page)
  await app.screenshot(person.page, name)
  const viewport = person.page.viewportSize() ?? { width: 390, height: 844 }
  await person.page.setViewportSize({ width: viewport.width, height: 6000 })
  await person.page
    .locator('.record-section', { hasText: '我的住院、门诊能直接结算吗？' })
    .screenshot({ path: path.join(SCREENSHOTS, `${name}-section.png`) })
  await person.page.setViewportSize(viewport)
}
const answer = (person: Person) => person.page.locator('.answer[role=status]')

test('a Hubei person filed to 赣州 asks about a hospital of the sample, a visit after the validity, and a typed one', async () => {
  const page = await app.newPage(PERSON)
  await page.goto(`${app.origin}#/pages/filings/detail/index?id=${filing.filingId}`)
  const person = new Person(page)
  await person.sees('我的住院、门诊能直接结算吗？')
  expect(await person.button('查询').isDisabled()).toBe(true)

  await person.type('就诊医院', 'rmyy')
  await person.tap(person.button('在定点医院名单中查找'))
  await person.tap(person.button('选择 赣州市人民医院'))
  await person.sees('已从定点医院名单中选择：赣州市人民医院（江西省 赣州市）')
  await page.getByLabel('入院日期', { exact: true }).fill(addDays(today, 1))
  await person.tap(person.button('查询'))
  const unknown = answer(person)
  await unknown.getByText('无法确认能否直接结算').waitFor()
  await unknown.getByText('定点医院名单未注明赣州市人民医院能否跨省异地住院直接结算').waitFor()
  await unknown.getByText('名单来源：赣市医保字〔2019〕21号 附件2（2019-07-22）').waitFor()
  await unknown.getByText('赣州市人民医院在备案就医地赣州市').waitFor()
  await unknown.getByText(/^怎么办：就诊前请带上医保卡/).waitFor()
  await shotSection(person, 'coverage-sample-unknown')
  expect(await seriousViolations(page)).toEqual([])

  // 普通门诊 on a day after the 6-month validity: the filing stops it, with its clause.
  await person.choose('普通门诊')
  await page.getByLabel('就诊日期', { exact: true }).fill(addDays(filing.validUntil!, 1))
  await person.tap(person.button('查询'))
  const no = answer(person)
  await no.getByText('不能直接结算', { exact: true }).waitFor()
  await no.getByText(`就诊日期晚于备案有效期（至 ${filing.validUntil}），请重新办理备案`).waitFor()
  await no.getByText('来源：鄂医保办〔2022〕28号 二(一)').waitFor()
  await shotSection(person, 'coverage-after-validity')

  // A hospital typed, not chosen: 未核验, 无法确认.
  await person.type('就诊医院', '赣州某某骨科医院')
  await person.sees('未从名单中选择：将按“赣州某某骨科医院”查询')
  await page.getByLabel('就诊日期', { exact: true }).fill(addDays(today, 1))
  await person.tap(person.button('查询'))
  await answer(person)
    .getByText('赣州某某骨科医院未从定点医院名单中选择（未核验）', { exact: false })
    .waitFor()
  await answer(person).getByText('本服务的办理规则（定点医院名单），非政策条文').waitFor()
}, 120_000)

test('once the agency imports its list, a hospital networked for cross-province stays answers 可以直接结算', async () => {
  const csv = [
    HOSPITAL_CSV_COLUMNS.join(','),
    'H36070200001,赣州市人民医院,360702,三级,综合,是,是,否,是,否,,示例数据,演示行,2026-05-01,是',
  ].join('\n')
  const imported = await fetch(`${app.origin}api/fn/staff`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': STAFF },
    body: JSON.stringify({ action: 'import_hospitals', csv }),
  })
  expect(imported.status).toBe(200)
  const page = await app.newPage(PERSON)
  await page.goto(`${app.origin}#/pages/filings/detail/index?id=${filing.filingId}`)
  const person = new Person(page)
  await person.tap(person.button('在定点医院名单中查找'))
  await person.tap(person.button('选择 赣州市人民医院'))
  await page.getByLabel('入院日期', { exact: true }).fill(today)
  await person.tap(person.button('查询'))
  const yes = answer(person)
  await yes.getByText('可以直接结算', { exact: true }).waitFor()
  await yes.getByText('定点医院名单注明赣州市人民医院已开通跨省异地住院直接结算（示例数据）').waitFor()
  await yes.getByText('名单来源：示例数据 演示行（2026-05-01）').waitFor()
  await shotSection(person, 'coverage-imported-yes')

  // The same hospital for 普通门诊: the list says it is not networked for it.
  await person.choose('普通门诊')
  await page.getByLabel('就诊日期', { exact: true }).fill(today)
  await person.tap(person.button('查询'))
  await answer(person)
    .getByText('定点医院名单注明赣州市人民医院未开通跨省异地普通门诊直接结算（示例数据）')
    .waitFor()
  await answer(person)
    .getByText(/^怎么办：可换一家已开通异地就医直接结算的定点医院/)
    .waitFor()
  await shotSection(person, 'coverage-imported-outpatient-no')
}, 120_000)
