// The filing forms as staff print them, made into PDFs by real Chromium and read back with pdftotext: Ganzhou's
// annex 1 (江西省医疗保险异地备案表) and the generic form every other region gets; a claim started from a filing
// already knows it; a non-staff person is refused.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import type { FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import type { Page } from 'playwright-core'
import { draft, idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS, repoRoot } from './ensure-build'
import { apiAt } from './h5-api'
import { type AppSession, openApp } from './h5-app'
import { Person } from './h5-journey'

const PERSON = 'e2e-ganzhou-resident'
const HUBEI_PERSON = 'e2e-wuhan-traveller'
const REVIEWER = 'e2e-form-reviewer'
const STRANGER = 'e2e-not-staff'
const PDF_FILE = path.join(repoRoot, 'test-results', 'annex-1-filing-form.pdf')
const HUBEI_PDF_FILE = path.join(repoRoot, 'test-results', 'hubei-filing-form.pdf')
const PDFTOTEXT = '/usr/bin/pdftotext'

let app: AppSession
let filing: FilingView
let hubeiFiling: FilingView

const fn = (name: string, event: object, openid: string) => apiAt(app.origin).call(openid, name, event)

beforeAll(async () => {
  app = await openApp({ staff: [REVIEWER] })
  // 赣州 insured, living long term in Beijing: filed through the API, as the wizard's tests already cover it.
  filing = (await fn(
    'filing',
    {
      action: 'submit',
      draft: draft({
        insured: { name: '刘娟', idNumber: idNumber('360702', 77), phone: '13700137000' },
        insuredRegion: '360700',
        startDate: todayInShanghai(new Date()),
        contact: { address: '北京市朝阳区安贞路 1 号', postcode: '100029', workUnit: '无' },
      }),
      idempotencyKey: 'e2e-annex-filing-0001',
    },
    PERSON,
  )) as FilingView
  hubeiFiling = (await fn(
    'filing',
    {
      action: 'submit',
      draft: draft({
        insured: { name: '周敏', idNumber: idNumber('420102', 31), phone: '13600136001' },
        insuredRegion: '420100',
        filingType: 'temporary',
        destination: '440300',
        startDate: todayInShanghai(new Date()),
      }),
      idempotencyKey: 'e2e-hubei-form-filing-0001',
    },
    HUBEI_PERSON,
  )) as FilingView
}, BUILD_TIMEOUT_MS)

const printedText = async (page: Page, file: string) => {
  mkdirSync(path.dirname(file), { recursive: true })
  await page.pdf({ path: file, format: 'A4', printBackground: true })
  expect(statSync(file).size).toBeGreaterThan(10_000)
  if (!existsSync(PDFTOTEXT))
    throw new Error('pdftotext not found: apt-get install -y poppler-utils (.ci/run installs it)')
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' })
}

afterAll(() => app?.close())

const open = (page: Page, route: string) => page.goto(`${app.origin}#/${route}`)

test('the annex-1 print view becomes a PDF with the masked ID number, the type and the destination', async () => {
  const page = await app.newPage(REVIEWER)
  await open(page, `packages/staff/pages/form/index?id=${filing.filingId}`)
  await page.getByText('江西省医疗保险异地备案表').first().waitFor()
  expect(await seriousViolations(page)).toEqual([])
  await app.screenshot(page, 'staff-annex-1-form')

  await page.emulateMedia({ media: 'print' })
  const printed = await page.locator('.print-form__sheet').textContent()
  expect(printed).toContain(filing.insured.idNumberMasked)
  expect(printed).toContain('异地长期居住人员')
  expect(printed).toContain(filing.target.name)
  expect(printed).not.toContain(idNumber('360702', 77))
  await expect(page.getByRole('button', { name: '打印备案表' }).isVisible()).resolves.toBe(false)

  const text = await printedText(page, PDF_FILE)
  expect(text).toContain('江西省医疗保险异地备案表')
  expect(text).toContain('依据：赣市医保字〔2019〕21号 一(二)、附件1')
  expect(text).toContain(filing.insured.idNumberMasked)
  expect(text).toContain('异地长期居住人员')
  expect(text).toContain(filing.target.name)
  expect(text).not.toContain('打印备案表')
})

test('a Hubei filing prints the generic 异地就医备案表 titled for Hubei, with no Jiangxi form name or field', async () => {
  const page = await app.newPage(REVIEWER)
  await open(page, `packages/staff/pages/form/index?id=${hubeiFiling.filingId}`)
  const title = '异地就医备案表（参保地：湖北省武汉市）'
  await page.getByText(title).first().waitFor()
  expect(await seriousViolations(page)).toEqual([])
  await app.screenshot(page, 'staff-hubei-form')

  await page.emulateMedia({ media: 'print' })
  const text = await printedText(page, HUBEI_PDF_FILE)
  expect(text.trim().split('\n')[0].trim()).toBe(title)
  expect(text).toContain(hubeiFiling.insured.idNumberMasked)
  expect(text).toContain('其他临时外出就医人员')
  expect(text).toContain(hubeiFiling.target.name)
  expect(text).toContain('以参保地表格为准')
  expect(text).not.toMatch(/江西|门诊特殊慢性病|就医地市/)
  expect(text).not.toContain('打印备案表')
})

test('a claim started from the filing already knows the person, the region and that it was filed', async () => {
  const page = await app.newPage(PERSON)
  await open(page, `packages/claim/pages/new/index?filingId=${filing.filingId}`)
  await new Person(page).acceptPrivacyNotice()
  await page.getByText('按备案“异地长期居住人员').waitFor()
  await expect(page.getByRole('textbox', { name: '参保人姓名', exact: true }).inputValue()).resolves.toBe(
    '刘娟',
  )
  await expect(page.getByRole('textbox', { name: '参保地', exact: true }).count()).resolves.toBe(0)
  await page.getByRole('radio', { name: '门诊' }).check()
  await page.getByLabel('医疗费用总额（元）', { exact: true }).fill('800')
  await page.getByText('预计医保支付').waitFor()
  await expect(page.locator('.claim-estimate').textContent()).resolves.toContain('按异地长期居住人员备案')
  await app.screenshot(page, 'claim-new-from-filing')
  expect(await seriousViolations(page)).toEqual([])
})

test.each([
  ['packages/staff/pages/queue/index', 'staff-queue-refused'],
  ['packages/staff/pages/review/index?kind=claim&id=cl_x', 'staff-review-refused'],
  ['packages/staff/pages/form/index?id=fl_x', 'staff-form-refused'],
])('a person without the staff role who opens %s is told it is for staff only', async (route, name) => {
  const page = await app.newPage(STRANGER)
  await open(page, route)
  await page.getByText('仅限医保经办人员使用').waitFor()
  await app.screenshot(page, name)
  expect(await seriousViolations(page)).toEqual([])
})
