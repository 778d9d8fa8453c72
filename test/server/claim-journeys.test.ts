import type { ClaimView } from '@shared/schemas/responses.schema'
import {
  ALICE,
  approveWith,
  BOB,
  claimOf,
  claimsIn,
  data,
  dataOf,
  errorOf,
  idNumber,
  inpatientClaim,
  PDF,
  payWith,
  STAFF,
  type TempStore,
  tempStore,
  upload,
} from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const create = (key = 'claim-key-0001', caller = ALICE) =>
  store.call('claim', { action: 'create', ...inpatientClaim(), idempotencyKey: key }, caller)

const attachAll = async (claim: ClaimView) => {
  const materials = []
  for (const { kind } of claim.missingMaterials)
    materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
  return dataOf(
    'claim.attach',
    await store.call('claim', { action: 'attach', claimId: claim.claimId, materials }),
  )
}

/** Approval and payment carry their figures: the estimate's amount, paid in full today. */
const moneyFor = async (id: string, decision: string) => {
  if (decision !== 'approve' && decision !== 'mark_paid') return {}
  const claim = claimOf(await store.call('claim', { action: 'get', claimId: id }, STAFF))
  return decision === 'approve' ? approveWith(claim) : payWith(claim)
}

const decide = async (id: string, decision: string, note?: string) =>
  store.call(
    'staff',
    {
      action: 'decide',
      kind: 'claim',
      id,
      decision,
      ...(note ? { note } : {}),
      ...(await moneyFor(id, decision)),
    },
    STAFF,
  )

describe('manual reimbursement journey', () => {
  test('checklist and estimate answer without writing', async () => {
    const checklist = dataOf(
      'claim.checklist',
      await store.call('claim', { action: 'checklist', insuredRegion: '360700', careType: 'inpatient' }),
    )
    expect(checklist.materials.some((item) => item.required)).toBe(true)
    const estimate = dataOf(
      'claim.estimate',
      await store.call('claim', {
        action: 'estimate',
        insuredRegion: '360700',
        insuranceType: 'employee',
        careType: 'inpatient',
        filed: false,
        totalCost: 10000,
      }),
    )
    expect(estimate.fundPays + estimate.selfPays).toBeCloseTo(10000)
    expect(store.count('claims')).toBe(0)
  })

  test('draft → submit (refused until materials) → need more ↔ submitted → approved → paid', async () => {
    const draft = dataOf('claim.create', await create())
    expect(draft.status).toBe('draft')
    const missing = errorOf(await store.call('claim', { action: 'submit', claimId: draft.claimId }))
    expect(missing.code).toBe('VALIDATION')
    expect(missing.message).toMatch(/请先上传/)

    await attachAll(draft)
    expect(
      dataOf('claim.submit', await store.call('claim', { action: 'submit', claimId: draft.claimId })).status,
    ).toBe('submitted')
    expect(claimOf(await decide(draft.claimId, 'request_more', '发票不清晰')).status).toBe('need_more')
    data(
      await store.call('claim', {
        action: 'attach',
        claimId: draft.claimId,
        materials: [{ kind: 'invoice', fileID: await upload(store) }],
      }),
    )
    expect(
      dataOf('claim.submit', await store.call('claim', { action: 'submit', claimId: draft.claimId })).status,
    ).toBe('submitted')
    expect(claimOf(await decide(draft.claimId, 'review')).status).toBe('in_review')
    expect(claimOf(await decide(draft.claimId, 'approve')).status).toBe('approved')
    const paid = claimOf(await decide(draft.claimId, 'mark_paid'))
    expect(paid.status).toBe('paid')
    expect(paid.history.map((entry) => entry.action)).toEqual([
      'create',
      'attach',
      'submit',
      'request_more',
      'attach',
      'submit',
      'review',
      'approve',
      'mark_paid',
    ])
    const kinds = (await store.ports.outbox.pending()).map((note) => note.payload.status)
    expect(kinds).toEqual(['need_more', 'in_review', 'approved', 'paid'])
  })

  test.each([
    ['withdraw after approval', ['approve'], 'withdraw'],
    ['mark paid before approval', [], 'mark_paid'],
    ['approve a draft', null, 'approve'],
  ])('illegal transition (%s) is a CONFLICT', async (_, before, action) => {
    const claim = dataOf('claim.create', await create())
    if (before) {
      await attachAll(claim)
      data(await store.call('claim', { action: 'submit', claimId: claim.claimId }))
      for (const decision of before) data(await decide(claim.claimId, decision))
    }
    const answer =
      action === 'withdraw'
        ? await store.call('claim', { action: 'withdraw', claimId: claim.claimId })
        : await decide(claim.claimId, action)
    expect(errorOf(answer).code).toBe('CONFLICT')
  })

  test('withdraw is possible before a decision', async () => {
    const claim = dataOf('claim.create', await create())
    expect(
      dataOf('claim.withdraw', await store.call('claim', { action: 'withdraw', claimId: claim.claimId }))
        .status,
    ).toBe('withdrawn')
  })

  test("another person's claim is NOT_FOUND for every action", async () => {
    const { claimId } = dataOf('claim.create', await create())
    for (const event of [
      { action: 'get', claimId },
      { action: 'submit', claimId },
      { action: 'withdraw', claimId },
      { action: 'attach', claimId, materials: [{ kind: 'invoice', fileID: await upload(store, BOB) }] },
    ])
      expect(errorOf(await store.call('claim', event, BOB)).code).toBe('NOT_FOUND')
    expect(dataOf('claim.list', await store.call('claim', { action: 'list' }, BOB)).items).toEqual([])
  })

  test('a claim may not reference another person’s filing', async () => {
    const answer = await store.call(
      'claim',
      {
        action: 'create',
        insured: { name: '赵六', idNumber: idNumber('360702', 5), phone: '13600136000' },
        insuredRegion: '360700',
        insuranceType: 'employee',
        careType: 'outpatient',
        filingId: 'fl_not_mine',
        hospital: { name: '北京协和医院', regionCode: '110101' },
        admissionDate: '2026-04-01',
        totalCost: 200,
        idempotencyKey: 'claim-key-0002',
      },
      BOB,
    )
    expect(errorOf(answer).code).toBe('NOT_FOUND')
    expect(store.count('claims')).toBe(0)
  })

  test('32 simultaneous creates with one key make one claim', async () => {
    const answers = await Promise.all(Array.from({ length: 32 }, () => create('claim-key-same')))
    expect(new Set(answers.map((answer) => dataOf('claim.create', answer).claimId)).size).toBe(1)
    expect(store.count('claims')).toBe(1)
  })
})

describe('staff', () => {
  test.each([
    { action: 'queue', kind: 'claim' },
    { action: 'form', filingId: 'fl_x' },
    { action: 'decide', kind: 'claim', id: 'cl_x', decision: 'approve' },
    { action: 'nonsense' },
  ])('non-staff get FORBIDDEN for %o', async (event) => {
    expect(errorOf(await store.call('staff', event, ALICE)).code).toBe('FORBIDDEN')
  })

  test('staff read the queue of submitted claims', async () => {
    const claim = dataOf('claim.create', await create())
    await attachAll(claim)
    data(await store.call('claim', { action: 'submit', claimId: claim.claimId }))
    const queue = { items: claimsIn(await store.call('staff', { action: 'queue', kind: 'claim' }, STAFF)) }
    expect(queue.items.map((item) => item.claimId)).toEqual([claim.claimId])
  })

  test('request_more without a note is refused: the applicant must be told why', async () => {
    expect(errorOf(await decide('cl_x', 'request_more')).code).toBe('VALIDATION')
  })
})
