// 查定点医院, an e-invoice checked against the verification service and 逐项意见, end to end in real Chromium
// against the real local runtime (INVOICE_VERIFY=http, the stub service in test/server): a person searches the
// directory from home (results, nothing found, an outage and its retry), files a claim with the hospital chosen
// from the directory (its level feeds the estimate) and an e-invoice the service says was reimbursed; the
// reviewer sees the flag, marks a material and an estimate line, and the person reads each beside its item.
import { HOSPITAL_CSV_COLUMNS } from '@shared/hospitals/hospital-csv'
import { claimChecklist } from '@shared/rules/claim-checklist'
import { addDays, todayInShanghai } from '@shared/time/calendar'
import type { Page } from 'playwright-core'
import { type StubInvoiceService, startStubInvoiceService } from '../server/stub-invoice-service'
import { idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp, pageStandsStill } from './h5-app'
import { button, fillGanzhouInpatient, textbox, uploadMaterial } from './h5-claim-form'
import { pdfInvoice, photo } from './h5-files'

const PERSON = 'e2e-hospital-claimant'
const REVIEWER = 'e2e-hospital-reviewer'
const KEY = 'e2e-invoice-service-key'
const GANZHOU = '360700'
const today = todayInShanghai(new Date())
const issuedOn = addDays(today, -20)
const required = claimChecklist(GANZHOU, 'inpatient').materials.filter((item) => item.required)
const CSV = [
  HOSPITAL_CSV_COLUMNS.join(','),
  'H36070200001,赣州市人民医院,360702,三级,综合,是,是,否,是,否,,示例数据,演示行,2026-05-01,是',
  'H36070200002,赣州市章贡区人民医院,360702,二级,综合,是,否,否,否,否,否,示例数据,演示行,2026-05-01,是',
].join('\n')

let app: AppSession
let stub: StubInvoiceService
let person: Page
let reviewer: Page

beforeAll(async () => {
  stub = await startStubInvoiceService(KEY)
  stub.issue('36010121', '0000000002', {
    checkCode: 'd4e5f6',
    issueDate: issuedOn,
    totalAmount: '20000.00',
    status: 'reimbursed',
  })
  app = await openApp({
    staff: [REVIEWER],
    env: {
      INVOICE_VERIFY: 'http',
      INVOICE_VERIFY_URL: stub.url,
      INVOICE_VERIFY_KEY: KEY,
      INVOICE_VERIFY_TIMEOUT_MS: '5000',
    },
  })
  person = await app.newPage(PERSON)
  reviewer = await app.newPage(REVIEWER)
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await app?.close()
  await stub?.close()
})

const shot = async (page: Page, name: string) => {
  await pageStandsStill(page)
  await app.screenshot(page, name)
}
const open = (page: Page, route: string) => page.goto(`${app.origin}#/${route}`)
const cards = (page: Page) => page.getByRole('listitem')
const expectNoSeriousViolations = async (page: Page) => expect(await seriousViolations(page)).toEqual([])

test('查定点医院 from home: the shipped list with its source, a search by initials, nothing found, an outage and a retry', async () => {
  await open(person, 'pages/index/index')
  await button(person, '查定点医院').click()
  await person.getByText('经办机构尚未导入定点医院名单').waitFor()
  await expect(cards(person).count()).resolves.toBe(9)
  const first = cards(person).filter({ hasText: '赣州市人民医院' })
  await first.getByText('名单只列出了这家医院，未注明能否直接结算').waitFor()
  await first.getByText('来源：赣市医保字〔2019〕21号 附件2（2019-07-22）').waitFor()
  await shot(person, 'hospitals-sample')
  await expectNoSeriousViolations(person)

  await textbox(person, '医院名称').fill('rmyy')
  await button(person, '查询').click()
  await person.getByText('找到 3 家').waitFor()
  await person.getByRole('radio', { name: '三级' }).check()
  await button(person, '查询').click()
  await person.getByText('没有找到符合条件的定点医院').waitFor()
  await shot(person, 'hospitals-empty')

  // The network fails (the app's own retry too): the page says so and its retry asks again.
  await person.route('**/api/fn/claim', (route) => route.abort('failed'), { times: 2 })
  await person.getByRole('radio', { name: '不限' }).check()
  await button(person, '查询').click()
  const failure = person.getByRole('alert')
  await failure.waitFor()
  await shot(person, 'hospitals-error')
  await failure.getByRole('button', { name: '重试' }).click()
  await person.getByText('找到 3 家').waitFor()
}, 120_000)

test('a claim picks its hospital from the imported directory (the estimate uses its level) and carries an e-invoice the service refuses', async () => {
  const imported = await fetch(`${app.origin}api/fn/staff`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': REVIEWER },
    body: JSON.stringify({ action: 'import_hospitals', csv: CSV }),
  })
  expect(imported.status).toBe(200)
  await open(person, 'packages/hospitals/pages/index?region=360700')
  const listed = cards(person).filter({ hasText: '赣州市人民医院' })
  await listed.getByText('已联网，可按下列范围直接结算（须已办理备案）').waitFor()
  await listed.getByText('跨省异地：住院 可直接结算，普通门诊 不能直接结算，门诊慢特病 名单未注明').waitFor()
  await listed.getByText(/示例数据，不是真实名单/).waitFor()
  await shot(person, 'hospitals-imported')

  await open(person, 'packages/claim/pages/new/index')
  const claimant = { name: '赵六', idNumber: idNumber('360702', 7) }
  await fillGanzhouInpatient(person, claimant)
  await textbox(person, '医院名称').fill('协和')
  await person.getByText('未从定点医院名单中选择：可以照常提交，医院将标为“未核验”').waitFor()
  await textbox(person, '医院名称').fill('')
  await textbox(person, '医院所在地').fill('赣州')
  await button(person, '江西省 赣州市').click()
  await button(person, '从定点医院名单中选择').click()
  await button(person, '选择 赣州市人民医院').click()
  await person.getByText('已从定点医院名单中选择：赣州市人民医院').waitFor()
  await expect(person.getByRole('radio', { name: '三级医院' }).isChecked()).resolves.toBe(true)
  await person.getByLabel('入院日期', { exact: true }).fill(addDays(today, -30))
  await person.getByLabel('出院日期', { exact: true }).fill(addDays(today, -20))
  await person.getByLabel('医疗费用总额（元）', { exact: true }).fill('20000')
  await person.locator('.claim-estimate').getByText(/三级/).first().waitFor()

  await button(person, '填写电子票据').click()
  const invoice = person.getByRole('group', { name: '电子票据 1' })
  await invoice.getByRole('textbox', { name: '票据代码' }).fill('36010121')
  await invoice.getByRole('textbox', { name: '票据号码' }).fill('0000000002')
  await invoice.getByRole('textbox', { name: '校验码' }).fill('d4e5')
  await invoice.getByLabel('开票日期', { exact: true }).fill(issuedOn)
  await invoice.getByLabel('票据金额（元）', { exact: true }).fill('20000')
  await person.getByRole('radio', { name: '社会保障卡金融账户' }).check()
  await textbox(person, '开户银行').fill('中国建设银行')
  await textbox(person, '银行账号').fill('6217001234565678')
  await button(person, '提交报销申请').click()
  await invoice.getByText('校验码应为 6 位数字或字母').waitFor()
  await invoice.getByRole('textbox', { name: '校验码' }).fill('d4e5f6')
  await invoice.getByText('校验码应为 6 位数字或字母').waitFor({ state: 'detached' })
  await shot(person, 'claim-new-directory-einvoice')

  for (const [index, item] of required.entries())
    await uploadMaterial(
      person,
      item.label,
      item.kind === 'invoice' ? pdfInvoice(index) : await photo(person, `${item.label} 第1页`),
    )
  await button(person, '提交报销申请').click()
  await person.getByText('办理进度').waitFor()
  await person
    .getByText('电子票据 36010121-0000000002，20000.00 元（查验未通过：该票据已报销入账，不能重复报销）')
    .waitFor()
  await person.getByText(/赣州市人民医院（.*三级）/).waitFor()
  await shot(person, 'claim-detail-einvoice-refused')
  await expectNoSeriousViolations(person)
}, 180_000)

test('the reviewer sees the refused e-invoice flagged, marks a material and an estimate line; the person reads each beside its item', async () => {
  await open(reviewer, 'packages/staff/pages/queue/index')
  await reviewer.getByRole('button').filter({ hasText: '赵六 · 住院' }).click()
  await reviewer.getByText('报销申请审核').waitFor()
  await reviewer
    .getByRole('note', { name: '需留意' })
    .getByText('电子票据 0000000002 查验未通过：该票据已报销入账，不能重复报销')
    .waitFor()
  const notes = reviewer.getByRole('group', { name: '逐项意见' })
  const material = `材料 1：${required[0].label}`
  await notes.getByRole('button', { name: `${material}：需补充` }).click()
  await textbox(reviewer, `${material} 的说明`).fill('照片模糊，请重新拍照')
  await notes.getByRole('button', { name: /^估算第 1 项：.*：不予报销$/ }).click()
  await shot(reviewer, 'staff-review-line-notes')
  await textbox(reviewer, '审核意见').fill('请按逐项意见补充材料')
  await button(reviewer, '要求补充材料').click()
  await reviewer.locator('.record-head .status-chip').filter({ hasText: '需补充' }).waitFor()

  await open(person, 'packages/claim/pages/index/index')
  await person.getByRole('button').filter({ hasText: '赵六 · 赣州市人民医院' }).click()
  await person.getByText('审核意见：需补充：照片模糊，请重新拍照').waitFor()
  await person.locator('.claim-estimate').getByText('审核意见：不予报销').waitFor()
  await shot(person, 'claim-detail-line-notes')
  await expectNoSeriousViolations(person)
}, 120_000)
