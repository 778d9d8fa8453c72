// A verified e-invoice's amount feeds the claim's estimate, over HTTP against the stub verification service: when
// every invoice on the claim is one the service confirmed, the estimate is made on their total and says so, at
// create and when attached later; a refused, unchecked or paper invoice leaves it on the person's own figure.
import { estimateReimbursement } from '@shared/rules/estimate'
import { type StubInvoiceService, startStubInvoiceService } from './stub-invoice-service'
import { claimViewOf, inpatientClaim, overHttp, type TempStore, tempStore } from './support'

const KEY = 'invoice-service-key-02'
let stub: StubInvoiceService
let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>
beforeEach(async () => {
  stub = await startStubInvoiceService(KEY)
  stub.issue('36010121', '0000000011', {
    checkCode: 'a1b2c3',
    issueDate: '2026-04-10',
    totalAmount: '12000.50',
    status: 'normal',
  })
  stub.issue('36010121', '0000000012', {
    checkCode: 'b2c3d4',
    issueDate: '2026-04-10',
    totalAmount: '3000.00',
    status: 'normal',
  })
  stub.issue('36010121', '0000000013', {
    checkCode: 'd4e5f6',
    issueDate: '2026-04-10',
    totalAmount: '800.00',
    status: 'reimbursed',
  })
  store = tempStore(undefined, {
    invoiceVerifyEnv: {
      INVOICE_VERIFY: 'http',
      INVOICE_VERIFY_URL: stub.url,
      INVOICE_VERIFY_KEY: KEY,
      INVOICE_VERIFY_TIMEOUT_MS: '2000',
    },
  })
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
  await stub.close()
})

const eInvoice = (number: string, checkCode: string, amount: number) => ({
  kind: 'electronic',
  code: '36010121',
  number,
  checkCode,
  issuedOn: '2026-04-10',
  amount,
})
const FIRST = eInvoice('0000000011', 'a1b2c3', 12000.5)
const SECOND = eInvoice('0000000012', 'b2c3d4', 3000)
const REFUSED = eInvoice('0000000013', 'd4e5f6', 800)

let serial = 0
const create = async (invoices: object[]) => {
  const reply = await http.post('claim', {
    action: 'create',
    ...inpatientClaim({ invoices }),
    idempotencyKey: `estimate-${++serial}-key`,
  })
  if (reply.status !== 200) throw new Error(JSON.stringify(reply.body))
  return claimViewOf(reply.body.data)
}
/** What the core estimates for this claim on a given cost: the figure the page must show. */
const estimatedOn = (totalCost: number) =>
  estimateReimbursement({
    insuredRegion: '360700',
    insuranceType: 'employee',
    careType: 'inpatient',
    filed: false,
    hospitalLevel: 3,
    totalCost,
  })

test('every invoice verified: the estimate is made on their total, and its first line says where that came from', async () => {
  const claim = await create([FIRST, SECOND])
  expect(claim.totalCost).toBe(20000)
  expect(claim.estimate).toMatchObject({
    costFrom: 'verified_invoices',
    eligibleCost: 15000.5,
    fundPays: estimatedOn(15000.5).fundPays,
  })
  expect(claim.estimate.fundPays).not.toBe(estimatedOn(20000).fundPays)
  expect(claim.estimate.lines[0]).toEqual({
    text: '费用按查验通过的 2 张电子票据合计 15000.50 元计算（金额以开票单位的记录为准；您填写的费用总额是 20000.00 元）',
    source: { doc: '本程序服务规则', clause: '电子票据查验金额' },
  })
})

test.each([
  ['a refused e-invoice beside it', [FIRST, REFUSED]],
  ['a paper invoice beside it', [FIRST, { kind: 'paper', number: 'A0012345' }]],
  ['no invoice at all', []],
])('%s: the estimate stays on the typed total', async (_, invoices) => {
  const claim = await create(invoices)
  expect(claim.estimate).toMatchObject({ costFrom: 'typed', eligibleCost: 20000 })
  expect(claim.estimate.fundPays).toBe(estimatedOn(20000).fundPays)
  expect(claim.estimate.lines.some((line) => line.text.includes('电子票据'))).toBe(false)
})

test('a service that does not answer leaves the estimate on the typed total', async () => {
  stub.setMode('hang')
  const claim = await create([FIRST])
  expect(claim.invoices[0]).toMatchObject({ verification: { outcome: 'unavailable' } })
  expect(claim.estimate.costFrom).toBe('typed')
  stub.setMode('up')
})

test('a verified e-invoice attached later estimates the claim again, and the claim keeps that estimate', async () => {
  const claim = await create([])
  const reply = await http.post('claim', { action: 'attach', claimId: claim.claimId, invoices: [FIRST] })
  expect(claimViewOf(reply.body.data).estimate).toMatchObject({
    costFrom: 'verified_invoices',
    eligibleCost: 12000.5,
  })
  const again = claimViewOf((await http.post('claim', { action: 'get', claimId: claim.claimId })).body.data)
  expect(again.estimate.fundPays).toBe(estimatedOn(12000.5).fundPays)
  expect(again.estimate.lines[0].text).toContain('1 张电子票据合计 12000.50 元')
})
