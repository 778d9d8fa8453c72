// The money of a claim over HTTP and real SQLite: absurd amounts and dates refused with a message naming the
// field, the payee account sealed and masked, approval and payment with their figures, flags for staff.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { sourceLabel } from '@shared/policy/sources'
import { CARE_TYPES } from '@shared/policy/vocabulary'
import { CLAIM_AMOUNT_BOUNDS } from '@shared/rules/claim-amounts'
import type { ClaimView } from '@shared/schemas/responses.schema'
import {
  ALICE,
  claimViewOf,
  draft,
  inpatientClaim,
  PAYEE,
  PDF,
  STAFF,
  servedPerTest,
  upload,
} from './support'

const served = servedPerTest()

let serial = 0
const create = (changes: Record<string, unknown> = {}, openid = ALICE) =>
  served.http.post(
    'claim',
    { action: 'create', ...inpatientClaim(changes), idempotencyKey: `money-${++serial}-key` },
    openid,
  )
const refusal = (reply: { status: number; body: { error?: { message: string; path?: string } } }) => ({
  status: reply.status,
  path: reply.body.error?.path,
  message: reply.body.error?.message,
})
const okData = (reply: { status: number; body: { data?: unknown } }) => {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status} ${JSON.stringify(reply.body)}`)
  return claimViewOf(reply.body.data)
}

const submitted = async (changes: Record<string, unknown> = {}) => {
  const claim = okData(await create(changes))
  const materials = []
  for (const { kind } of claim.missingMaterials)
    materials.push({ kind, fileID: await upload(served.store, ALICE, PDF) })
  okData(await served.http.post('claim', { action: 'attach', claimId: claim.claimId, materials }))
  return okData(await served.http.post('claim', { action: 'submit', claimId: claim.claimId }))
}
const decide = (claim: ClaimView, decision: string, fields: Record<string, unknown> = {}) =>
  served.http.post(
    'staff',
    { action: 'decide', kind: 'claim', id: claim.claimId, decision, version: claim.version, ...fields },
    STAFF,
  )

describe('absurd claims are refused over HTTP, each with its message, and nothing is written', () => {
  test.each([
    ['a 0 元 claim', { totalCost: 0 }, 'totalCost', /医疗费用总额须大于 0 元/],
    ['a negative amount (-500)', { totalCost: -500 }, 'totalCost', /医疗费用总额不能为负数/],
    ['an amount finer than a fen', { totalCost: 100.005 }, 'totalCost', /最多保留两位小数/],
    [
      '99 999 999 元 for one outpatient visit',
      { careType: 'outpatient', dischargeDate: undefined, totalCost: 99_999_999 },
      'totalCost',
      /一次门诊的医疗费用总额不超过 50000 元/,
    ],
    [
      'a visit a year ahead',
      { careType: 'outpatient', admissionDate: '2027-05-01', dischargeDate: undefined, totalCost: 300 },
      'admissionDate',
      /就诊日期不能晚于今天（2026-05-01）/,
    ],
    ['a discharge in the future', { dischargeDate: '2026-05-09' }, 'dischargeDate', /出院日期不能晚于今天/],
    [
      'a discharge before the admission',
      { admissionDate: '2026-04-10', dischargeDate: '2026-04-01' },
      'dischargeDate',
      /出院日期不能早于入院日期/,
    ],
    ['a stay without a discharge date', { dischargeDate: undefined }, 'dischargeDate', /请填写出院日期/],
    [
      'a payee account of letters',
      { payee: { ...PAYEE, accountNumber: 'abc' } },
      'payee.accountNumber',
      /收款账号应为 12 至 30 位数字/,
    ],
  ])('%s', async (_, changes, field, message) => {
    const reply = refusal(await create(changes))
    expect(reply.status).toBe(400)
    expect(reply.message).toMatch(message)
    const issues = (await create(changes)).body.error.issues as { path: string }[]
    expect(issues.map((issue) => issue.path)).toContain(field)
    expect(served.store.count('claims')).toBe(0)
  })

  // Generated from the core's table: a new kind of care is bounded without anyone remembering to test it.
  test.each(CARE_TYPES.map((careType) => [careType, CLAIM_AMOUNT_BOUNDS[careType].max]))(
    '%s: the bound (%d 元) is accepted, one fen more is refused',
    async (careType, max) => {
      const base = { careType, ...(careType === 'inpatient' ? {} : { dischargeDate: undefined }) }
      expect((await create({ ...base, totalCost: max })).status).toBe(200)
      expect(refusal(await create({ ...base, totalCost: max + 0.01 }))).toMatchObject({
        status: 400,
        path: 'totalCost',
      })
    },
  )
})

test('a stay outside the claim’s filing is estimated as unfiled, and the person is told why with the clause', async () => {
  const filing = await served.store.call('filing', {
    action: 'submit',
    draft: draft(),
    idempotencyKey: 'money-filing-1',
  })
  if (!filing.ok) throw new Error(JSON.stringify(filing))
  const { filingId } = filing.data as { filingId: string }
  const hubei = { insuredRegion: '420100', insured: draft().insured }
  const claim = okData(await create({ ...hubei, filingId }))
  expect(claim.notices).toEqual([expect.objectContaining({ code: 'FILING_NOT_COVERING_STAY' })])
  expect(claim.notices[0].text).toMatch(/不在所选备案的有效范围内.*按未备案估算/)
  const unfiled = okData(await create(hubei))
  expect(claim.estimate.fundPays).toBe(unfiled.estimate.fundPays)
  const staffView = claimViewOf(
    (await served.http.post('claim', { action: 'get', claimId: claim.claimId }, STAFF)).body.data,
  )
  expect(staffView.flags?.map((flag) => flag.code)).toContain('OUTSIDE_FILING')
})

// 医保发〔2022〕22号 is the notice on 跨省 filings: on a 济南 filing inside Shandong its clause is 参照, not the rule.
test.each([
  ['370200', '参照医保发〔2022〕22号 二(四)'],
  ['110105', '医保发〔2022〕22号 二(四)'],
])('a stay outside a 济南 filing to %s is told why citing %s', async (destination, label) => {
  const jinan = { insuredRegion: '370100', insured: draft().insured }
  const filing = await served.store.call('filing', {
    action: 'submit',
    draft: draft({ ...jinan, destination }),
    idempotencyKey: `money-jinan-${destination}`,
  })
  if (!filing.ok) throw new Error(JSON.stringify(filing))
  const { filingId } = filing.data as { filingId: string }
  const claim = okData(await create({ ...jinan, filingId }))
  expect(claim.notices.map((notice) => [notice.code, sourceLabel(notice.source)])).toEqual([
    ['FILING_NOT_COVERING_STAY', label],
  ])
})

test('the payee account is required at submit, sealed at rest, masked in every reply, changeable only before approval', async () => {
  const claim = okData(await create({ payee: undefined }))
  const materials = []
  for (const { kind } of claim.missingMaterials)
    materials.push({ kind, fileID: await upload(served.store, ALICE, PDF) })
  okData(await served.http.post('claim', { action: 'attach', claimId: claim.claimId, materials }))
  expect(
    refusal(await served.http.post('claim', { action: 'submit', claimId: claim.claimId })),
  ).toMatchObject({
    status: 400,
    path: 'payee',
    message: expect.stringMatching(/请填写收款账户/),
  })
  const sent = okData(
    await served.http.post('claim', { action: 'submit', claimId: claim.claimId, payee: PAYEE }),
  )
  expect(sent.payee).toEqual({
    kind: 'social_security_card',
    bankName: '中国建设银行',
    holder: '赵六',
    accountMasked: '**** **** 5678',
  })
  const changed = okData(
    await served.http.post('claim', {
      action: 'payee',
      claimId: claim.claimId,
      payee: { kind: 'bank_card', bankName: '中国农业银行', accountNumber: '6228480012349876' },
    }),
  )
  expect(changed.payee?.accountMasked).toBe('**** **** 9876')
  const approved = okData(await decide(changed, 'approve', { approvedAmount: changed.estimate.fundPays }))
  const late = await served.http.post('claim', { action: 'payee', claimId: claim.claimId, payee: PAYEE })
  expect(refusal(late)).toMatchObject({
    status: 409,
    message: expect.stringMatching(/已审核通过，收款账户不能再修改/),
  })

  const replies = JSON.stringify([
    sent,
    changed,
    approved,
    (await served.http.post('claim', { action: 'list' })).body,
    (await served.http.post('staff', { action: 'queue', kind: 'claim', status: 'approved' }, STAFF)).body,
    (await served.http.post('account', { action: 'notifications' })).body,
  ])
  for (const number of ['6217001234565678', '6228480012349876']) {
    expect(replies).not.toContain(number)
    served.store.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(path.join(served.store.dataDir, 'yidi.sqlite')).includes(number)).toBe(false)
  }
})

describe('approval and payment carry their figures', () => {
  test('approve needs the approved amount; payment needs amount, date and reference', async () => {
    const claim = await submitted()
    expect(refusal(await decide(claim, 'approve'))).toMatchObject({
      status: 400,
      path: 'approvedAmount',
      message: '审核通过时请填写核定支付金额（元）',
    })
    expect(refusal(await decide(claim, 'approve', { approvedAmount: 0 }))).toMatchObject({
      status: 400,
      message: '核定支付金额须大于 0 元',
    })
    expect(refusal(await decide(claim, 'approve', { approvedAmount: 25_000 }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/不能超过申请的医疗费用总额 20000.00 元/),
    })
    expect(refusal(await decide(claim, 'approve', { approvedAmount: 9000 }))).toMatchObject({
      status: 400,
      path: 'note',
      message: expect.stringMatching(/与估算的 .* 元不同，请在审核意见里写明原因/),
    })
    const approved = okData(
      await decide(claim, 'approve', { approvedAmount: 9000, note: '扣除自费药品 1200 元' }),
    )
    expect(approved.approval).toMatchObject({ approvedAmount: 9000, note: '扣除自费药品 1200 元' })

    const missing = (await decide(approved, 'mark_paid')).body.error.issues.map(
      (issue: { path: string }) => issue.path,
    )
    expect(missing).toEqual(['paidAmount', 'paidAt', 'reference'])
    const pay = { paidAmount: 9000, paidAt: '2026-05-01', reference: 'ZF0001' }
    expect(refusal(await decide(approved, 'mark_paid', { ...pay, paidAt: '2026-06-01' }))).toMatchObject({
      status: 400,
      path: 'paidAt',
      message: '支付日期不能晚于今天（2026-05-01）',
    })
    expect(refusal(await decide(approved, 'mark_paid', { ...pay, paidAt: '2026-04-30' }))).toMatchObject({
      status: 400,
      path: 'paidAt',
    })
    expect(refusal(await decide(approved, 'mark_paid', { ...pay, paidAmount: 9000.01 }))).toMatchObject({
      status: 400,
      path: 'paidAmount',
    })
    const paid = okData(await decide(approved, 'mark_paid', pay))
    expect(paid.payment).toEqual(pay)

    // The claimant sees both figures and the reason, and each message names the record and the next step.
    const own = okData(await served.http.post('claim', { action: 'get', claimId: claim.claimId }))
    expect(own).toMatchObject({
      approval: { approvedAmount: 9000, note: '扣除自费药品 1200 元' },
      payment: pay,
    })
    expect(own.flags).toBeUndefined()
    const inbox = (await served.http.post('account', { action: 'notifications' })).body.data.items as {
      title: string
      next?: string
    }[]
    expect(inbox[0].title).toBe('住院报销已支付：北京协和医院 2026-04-01 至 2026-04-10，20000.00 元')
    expect(inbox[0].next).toMatch(
      new RegExp(`已支付 9000.00 元到社会保障卡金融账户（尾号 5678）.*ZF0001.*报销编号 ${claim.claimId}`),
    )
    expect(inbox[1].next).toMatch(/核定医保支付 9000.00 元，将打入/)
  })

  test('staff see an amount far above the usual range flagged, with the reason; the claimant does not', async () => {
    const claim = await submitted({ careType: 'outpatient', dischargeDate: undefined, totalCost: 40_000 })
    expect(claim.flags).toBeUndefined()
    const queue = (await served.http.post('staff', { action: 'queue', kind: 'claim' }, STAFF)).body.data
      .items as ClaimView[]
    // The hospital was typed, not chosen from the directory: that is flagged too (HOSPITAL_UNLISTED).
    expect(queue[0].flags?.filter((flag) => flag.code !== 'HOSPITAL_UNLISTED')).toEqual([
      {
        code: 'AMOUNT_ABOVE_USUAL',
        text: '费用 40000.00 元，高于一次门诊的常见范围（5000 元以内），请核对票据',
      },
    ])
  })
})

test('staff filter the queue by 参保地 (province, city) and by how long a claim has waited', async () => {
  const ganzhou = await submitted()
  served.store.clock.set('2026-05-09T02:00:00.000Z')
  const hubei = await submitted({ insuredRegion: '420100' })
  const ids = async (filter: object) =>
    (
      (await served.http.post('staff', { action: 'queue', kind: 'claim', ...filter }, STAFF)).body.data
        .items as ClaimView[]
    ).map((claim) => claim.claimId)
  expect(await ids({})).toEqual([ganzhou.claimId, hubei.claimId])
  expect(await ids({ insuredRegion: '360000' })).toEqual([ganzhou.claimId])
  expect(await ids({ insuredRegion: '420100' })).toEqual([hubei.claimId])
  expect(await ids({ waitingDays: 7 })).toEqual([ganzhou.claimId])
  expect(await ids({ insuredRegion: '420100', waitingDays: 7 })).toEqual([])
  expect(
    refusal(
      await served.http.post('staff', { action: 'queue', kind: 'claim', insuredRegion: '999999' }, STAFF),
    ).status,
  ).toBe(400)
})
