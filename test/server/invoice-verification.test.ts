// The e-invoice verification port: the real HTTP adapter against a stub service answering as the protocol does
// (valid, refusals by code, amount mismatch, already reimbursed, voided, error codes, 503, timeout), and a claim
// over HTTP that is flagged for the reviewer with the reason, and not blocked, when the service refuses or is down.
import { embeddedInvoiceVerification } from '../../server/adapters/invoice-verification/embedded'
import { invoiceVerificationFromEnv } from '../../server/adapters/invoice-verification/from-env'
import { httpInvoiceVerification } from '../../server/adapters/invoice-verification/http'
import type { InvoiceQuery, InvoiceVerdict } from '../../server/ports/invoice-verification'
import {
  type InvoiceStubMode,
  type StubInvoiceService,
  startStubInvoiceService,
} from './stub-invoice-service'
import { ALICE, claimViewOf, inpatientClaim, overHttp, PDF, STAFF, tempStore, upload } from './support'

const KEY = 'invoice-service-key-01'
// Long enough for a loaded two-core machine to answer over loopback; only the hanging stub reaches it.
const TIMEOUT_MS = 2000
let stub: StubInvoiceService
beforeEach(async () => {
  stub = await startStubInvoiceService(KEY)
  stub.issue('36010121', '0000000001', {
    checkCode: 'a1b2c3',
    issueDate: '2026-04-10',
    totalAmount: '20000.00',
    status: 'normal',
  })
  stub.issue('36010121', '0000000002', {
    checkCode: 'd4e5f6',
    issueDate: '2026-04-10',
    totalAmount: '800.00',
    status: 'reimbursed',
  })
  stub.issue('36010121', '0000000003', {
    checkCode: 'g7h8i9',
    issueDate: '2026-04-10',
    totalAmount: '800.00',
    status: 'voided',
  })
})
afterEach(() => stub.close())

const invoice = (changes: Partial<InvoiceQuery> = {}): InvoiceQuery => ({
  code: '36010121',
  number: '0000000001',
  checkCode: 'a1b2c3',
  issuedOn: '2026-04-10',
  amount: 20000,
  ...changes,
})

const CASES: [string, Partial<InvoiceQuery>, InvoiceStubMode, InvoiceVerdict][] = [
  ['a valid invoice is verified', {}, 'up', { outcome: 'verified' }],
  [
    'an unknown invoice is refused',
    { number: '0000000099' },
    'up',
    { outcome: 'refused', reason: '查无此票据，请核对票据代码和号码' },
  ],
  [
    'a wrong check code is refused',
    { checkCode: 'zzzzzz' },
    'up',
    { outcome: 'refused', reason: '校验码与票据不符' },
  ],
  [
    'a wrong date is refused',
    { issuedOn: '2026-04-11' },
    'up',
    { outcome: 'refused', reason: '开票日期与票据不符' },
  ],
  [
    'an amount other than the invoice is refused with both figures',
    { amount: 2000 },
    'up',
    { outcome: 'refused', reason: '票据金额为 20000.00 元，与填写的 2000.00 元不一致' },
  ],
  [
    'an invoice already reimbursed is refused',
    { number: '0000000002', checkCode: 'd4e5f6', amount: 800 },
    'up',
    { outcome: 'refused', reason: '该票据已报销入账，不能重复报销' },
  ],
  [
    'a voided invoice is refused',
    { number: '0000000003', checkCode: 'g7h8i9', amount: 800 },
    'up',
    { outcome: 'refused', reason: '该票据已作废（冲红）' },
  ],
  [
    'a busy service (9999) is unavailable, not a refusal',
    {},
    'busy',
    { outcome: 'unavailable', reason: '票据查验服务未能查验（9999：系统繁忙，请稍后再试）' },
  ],
  ['a 503 is unavailable', {}, 'down', { outcome: 'unavailable', reason: '票据查验服务应答 HTTP 503' }],
  [
    'no answer in time is unavailable',
    {},
    'hang',
    { outcome: 'unavailable', reason: `票据查验服务 ${TIMEOUT_MS} 毫秒内未应答` },
  ],
]

test.each(CASES)('%s', async (_name, changes, mode, verdict) => {
  stub.setMode(mode)
  const adapter = httpInvoiceVerification({ url: stub.url, key: KEY, timeoutMs: TIMEOUT_MS })
  expect(await adapter.verify(invoice(changes))).toEqual(verdict)
})

test('the request carries the invoice as the protocol names it, and a wrong key is no refusal of the invoice', async () => {
  await httpInvoiceVerification({ url: stub.url, key: KEY, timeoutMs: TIMEOUT_MS }).verify(invoice())
  expect(stub.received[0]).toEqual({
    einvoiceCode: '36010121',
    einvoiceNumber: '0000000001',
    checkCode: 'a1b2c3',
    issueDate: '2026-04-10',
    totalAmount: '20000.00',
  })
  const wrongKey = httpInvoiceVerification({ url: stub.url, key: 'not-the-key', timeoutMs: TIMEOUT_MS })
  expect(await wrongKey.verify(invoice())).toEqual({
    outcome: 'unavailable',
    reason: '票据查验服务未能查验（2001：接入密钥无效）',
  })
})

test('the environment chooses the adapter; embedded records without verifying; bad settings stop the start', async () => {
  expect(await invoiceVerificationFromEnv({}).verify(invoice())).toEqual({ outcome: 'recorded' })
  expect(await embeddedInvoiceVerification().verify(invoice())).toEqual({ outcome: 'recorded' })
  const http = invoiceVerificationFromEnv({
    INVOICE_VERIFY: 'http',
    INVOICE_VERIFY_URL: stub.url,
    INVOICE_VERIFY_KEY: KEY,
  })
  expect(await http.verify(invoice())).toEqual({ outcome: 'verified' })
  expect(() => invoiceVerificationFromEnv({ INVOICE_VERIFY: 'http' })).toThrow(/INVOICE_VERIFY_URL/)
  expect(() => invoiceVerificationFromEnv({ INVOICE_VERIFY: 'soap' })).toThrow(/embedded or http/)
  expect(() =>
    invoiceVerificationFromEnv({
      INVOICE_VERIFY: 'http',
      INVOICE_VERIFY_URL: stub.url,
      INVOICE_VERIFY_KEY: KEY,
      INVOICE_VERIFY_TIMEOUT_MS: '0',
    }),
  ).toThrow(/TIMEOUT/)
})

describe('a claim with e-invoices, over HTTP, against the stub service', () => {
  const eInvoice = (changes: Record<string, unknown> = {}) => ({
    kind: 'electronic',
    code: '36010121',
    number: '0000000001',
    checkCode: 'a1b2c3',
    issuedOn: '2026-04-10',
    amount: 20000,
    ...changes,
  })
  const withStore = async (run: (http: Awaited<ReturnType<typeof overHttp>>) => Promise<string>) => {
    const store = tempStore(undefined, {
      invoiceVerifyEnv: {
        INVOICE_VERIFY: 'http',
        INVOICE_VERIFY_URL: stub.url,
        INVOICE_VERIFY_KEY: KEY,
        INVOICE_VERIFY_TIMEOUT_MS: String(TIMEOUT_MS),
      },
    })
    const http = await overHttp(store)
    try {
      const claimId = await run(http)
      // Submitting is never blocked by the check: the materials and payee are all it needs.
      const claim = claimViewOf((await http.post('claim', { action: 'get', claimId })).body.data)
      const materials = []
      for (const { kind } of claim.missingMaterials)
        materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
      await http.post('claim', { action: 'attach', claimId: claim.claimId, materials })
      expect((await http.post('claim', { action: 'submit', claimId: claim.claimId })).status).toBe(200)
    } finally {
      await http.close()
      await store.dispose()
    }
  }
  const create = async (http: Awaited<ReturnType<typeof overHttp>>, invoices: object[]) => {
    const reply = await http.post('claim', {
      action: 'create',
      ...inpatientClaim({ invoices }),
      idempotencyKey: `inv-${Math.random()}`,
    })
    expect(reply.status).toBe(200)
    return claimViewOf(reply.body.data)
  }
  const staffFlags = async (http: Awaited<ReturnType<typeof overHttp>>, claimId: string) =>
    (claimViewOf((await http.post('claim', { action: 'get', claimId }, STAFF)).body.data).flags ?? []).filter(
      (flag) => flag.code === 'INVOICE_NOT_VERIFIED',
    )

  test('a verified invoice is said to be so and flags nothing', () =>
    withStore(async (http) => {
      const claim = await create(http, [eInvoice()])
      expect(claim.invoices[0]).toMatchObject({ verification: { outcome: 'verified' } })
      expect(await staffFlags(http, claim.claimId)).toEqual([])
      return claim.claimId
    }))

  test('an invoice the service says was reimbursed is kept, shown to the claimant, and flagged for staff with the reason', () =>
    withStore(async (http) => {
      const claim = await create(http, [eInvoice({ number: '0000000002', checkCode: 'd4e5f6', amount: 800 })])
      expect(claim.invoices[0]).toMatchObject({
        verification: { outcome: 'refused', reason: '该票据已报销入账，不能重复报销' },
      })
      expect(await staffFlags(http, claim.claimId)).toEqual([
        {
          code: 'INVOICE_NOT_VERIFIED',
          text: '电子票据 0000000002 查验未通过：该票据已报销入账，不能重复报销',
        },
      ])
      return claim.claimId
    }))

  test('a service that does not answer leaves the claim whole and tells the reviewer to check by hand', () =>
    withStore(async (http) => {
      stub.setMode('hang')
      const claim = await create(http, [eInvoice()])
      expect(claim.invoices[0]).toMatchObject({ verification: { outcome: 'unavailable' } })
      expect(await staffFlags(http, claim.claimId)).toEqual([
        {
          code: 'INVOICE_NOT_VERIFIED',
          text: `电子票据 0000000001 未能查验（票据查验服务 ${TIMEOUT_MS} 毫秒内未应答），请人工核对`,
        },
      ])
      stub.setMode('up')
      return claim.claimId
    }))

  test('an e-invoice attached later is checked too', () =>
    withStore(async (http) => {
      const claim = await create(http, [])
      const reply = await http.post('claim', {
        action: 'attach',
        claimId: claim.claimId,
        invoices: [eInvoice({ amount: 19000 })],
      })
      expect(claimViewOf(reply.body.data).invoices[0]).toMatchObject({
        verification: { outcome: 'refused', reason: '票据金额为 20000.00 元，与填写的 19000.00 元不一致' },
      })
      return claim.claimId
    }))

  const missingKinds = (claim: { missingMaterials: { kind: string }[] }) =>
    claim.missingMaterials.map((material) => material.kind)

  test('a verified e-invoice needs no photo of the invoice', () =>
    withStore(async (http) => {
      const claim = await create(http, [eInvoice()])
      expect(missingKinds(claim)).not.toContain('invoice')
      return claim.claimId
    }))

  test('an e-invoice the service refused, or could not check, still asks for the photo', () =>
    withStore(async (http) => {
      const refused = await create(http, [
        eInvoice({ number: '0000000002', checkCode: 'd4e5f6', amount: 800 }),
      ])
      expect(missingKinds(refused)).toContain('invoice')
      stub.setMode('hang')
      const unchecked = await create(http, [eInvoice({ number: '0000000003' })])
      stub.setMode('up')
      expect(missingKinds(unchecked)).toContain('invoice')
      return refused.claimId
    }))
})
