// The estimate on a claim's page is made on its verified e-invoice, in real Chromium against the local runtime with
// the e-invoice verification service (the stub in test/server): the figure, and the line saying where it came from;
// the checklist's invoice row, read from the core's table, says the verified e-invoice stands for the photo.
import path from 'node:path'
import { MATERIAL_LABELS } from '@shared/policy/materials'
import { estimateReimbursement } from '@shared/rules/estimate'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { addDays, todayInShanghai } from '@shared/time/calendar'
import { prepareIdentityOverHttp } from '../identity-prelude'
import { type StubInvoiceService, startStubInvoiceService } from '../server/stub-invoice-service'
import { idNumber } from '../server/support'
import { seriousViolations } from './axe-check'
import { BUILD_TIMEOUT_MS } from './ensure-build'
import { type AppSession, openApp, pageStandsStill, SCREENSHOTS } from './h5-app'

const PERSON = 'e2e-verified-estimate'
const KEY = 'e2e-invoice-estimate-key'
const issuedOn = addDays(todayInShanghai(new Date()), -15)
let app: AppSession
let stub: StubInvoiceService

beforeAll(async () => {
  stub = await startStubInvoiceService(KEY)
  stub.issue('36010121', '0000000021', {
    checkCode: 'e5f6a7',
    issueDate: issuedOn,
    totalAmount: '8650.40',
    status: 'normal',
  })
  app = await openApp({
    env: {
      INVOICE_VERIFY: 'http',
      INVOICE_VERIFY_URL: stub.url,
      INVOICE_VERIFY_KEY: KEY,
      INVOICE_VERIFY_TIMEOUT_MS: '5000',
    },
  })
}, BUILD_TIMEOUT_MS)
afterAll(async () => {
  await app?.close()
  await stub?.close()
})

test('a claim whose e-invoice the service verified is estimated on the invoice’s amount, and says so', async () => {
  const create = {
    action: 'create',
    insured: { name: '吴九', idNumber: idNumber('360702', 21), phone: '13500135021' },
    insuredRegion: '360700',
    insuranceType: 'employee',
    careType: 'inpatient',
    hospital: { name: '北京协和医院', regionCode: '110101', level: 3 },
    admissionDate: addDays(issuedOn, -5),
    dischargeDate: issuedOn,
    totalCost: 9000,
    invoices: [
      {
        kind: 'electronic',
        code: '36010121',
        number: '0000000021',
        checkCode: 'e5f6a7',
        issuedOn,
        amount: 8650.4,
      },
    ],
    idempotencyKey: 'e2e-verified-estimate-0001',
  }
  await prepareIdentityOverHttp(app.origin, PERSON, 'claim', create)
  const reply = (await (
    await fetch(`${app.origin}api/fn/claim`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Openid': PERSON },
      body: JSON.stringify(create),
    })
  ).json()) as { ok: boolean; data: ClaimView }
  if (!reply.ok) throw new Error(JSON.stringify(reply))
  const expected = estimateReimbursement({
    insuredRegion: '360700',
    insuranceType: 'employee',
    careType: 'inpatient',
    filed: false,
    hospitalLevel: 3,
    totalCost: 8650.4,
  })

  const page = await app.newPage(PERSON)
  await page.goto(`${app.origin}#/packages/claim/pages/detail/index?id=${reply.data.claimId}`)
  const card = page.getByRole('region', { name: '报销估算' })
  await card
    .getByText(
      `预计医保支付 ${expected.fundPays.toFixed(2)} 元，您自己负担 ${expected.selfPays.toFixed(2)} 元`,
    )
    .waitFor()
  await card
    .getByText(
      '费用按查验通过的 1 张电子票据合计 8650.40 元计算（金额以开票单位的记录为准；您填写的费用总额是 9000.00 元）',
    )
    .waitFor()
  await card.getByText('本服务的办理规则（电子票据查验金额），非政策条文').waitFor()
  await page.getByText('电子票据 36010121-0000000021，8650.40 元（查验通过）').waitFor()
  // The checklist's invoice row says the verified e-invoice stands for it (a service rule), and it is not asked for.
  const invoiceRow = page.locator('.claim-checklist__item', { hasText: MATERIAL_LABELS.invoice })
  await invoiceRow.getByText('已填写并查验通过的医疗收费电子票据即为发票，不必再上传发票照片').waitFor()
  await invoiceRow.getByText('本服务的办理规则（电子票据代替发票照片），非政策条文').waitFor()
  const stillMissing = await page.getByText(/^还缺：/).textContent()
  expect(stillMissing).not.toContain(MATERIAL_LABELS.invoice)
  expect(await invoiceRow.getByText(`请上传${MATERIAL_LABELS.invoice}`).count()).toBe(0)
  await pageStandsStill(page)
  await app.screenshot(page, 'claim-verified-invoice-estimate')
  // The two parts changed, alone, large enough to read.
  await page.setViewportSize({ width: 390, height: 9000 })
  await invoiceRow.screenshot({ path: path.join(SCREENSHOTS, 'claim-verified-invoice-row.png') })
  await card.screenshot({ path: path.join(SCREENSHOTS, 'claim-verified-invoice-estimate-card.png') })
  await page.setViewportSize({ width: 390, height: 844 })
  expect(await seriousViolations(page)).toEqual([])
}, 120_000)
