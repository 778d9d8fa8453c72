// No invoice reimbursed twice, over HTTP and real SQLite: whoever attaches it first holds it, the other is told
// without learning whose claim it is; a withdrawn or rejected claim lets it go.
import { ALICE, BOB, claimViewOf, idNumber, inpatientClaim, STAFF, servedPerTest } from './support'

const served = servedPerTest()

const PAPER = { kind: 'paper', number: 'ab12345678' }
const E_INVOICE = {
  kind: 'electronic',
  code: '36010122',
  number: '0012345678',
  checkCode: 'a1b2c3',
  issuedOn: '2026-04-10',
  amount: 20000,
}
const BOB_INSURED = { name: '钱七', idNumber: idNumber('360702', 9), phone: '13700137000' }

let serial = 0
const create = (openid: string, invoices: object[]) =>
  served.http.post(
    'claim',
    {
      action: 'create',
      ...inpatientClaim(openid === BOB ? { insured: BOB_INSURED } : {}),
      invoices,
      idempotencyKey: `invoice-${++serial}-key`,
    },
    openid,
  )

test.each([
  ['a paper invoice (number as typed, any case)', PAPER, { ...PAPER, number: 'AB12345678' }],
  ['an e-invoice (code + number)', E_INVOICE, { ...E_INVOICE, checkCode: 'zzzzzz', amount: 1 }],
])(
  '%s on two people’s claims at once: exactly one wins, the other gets DUPLICATE_INVOICE (409)',
  async (_, first, same) => {
    const replies = await Promise.all([create(ALICE, [first]), create(BOB, [same])])
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409])
    const loser = replies.find((reply) => reply.status === 409)!
    expect(loser.body.error).toMatchObject({ code: 'DUPLICATE_INVOICE', path: 'invoices' })
    expect(loser.body.error.message).toMatch(/已用于另一笔报销申请.*不能重复报销/)
    // Nothing of the other claim leaks: not its owner, person, number or hospital.
    const winner = claimViewOf(replies.find((reply) => reply.status === 200)!.body.data)
    for (const secret of [winner.claimId, winner.insured.name, ALICE, BOB])
      expect(loser.body.error.message).not.toContain(secret)
    expect(served.store.count('claims')).toBe(1)
  },
)

test('eight claims attaching one invoice at once: one holds it', async () => {
  const drafts = []
  for (let index = 0; index < 8; index++) drafts.push(claimViewOf((await create(ALICE, [])).body.data))
  const replies = await Promise.all(
    drafts.map((draft) =>
      served.http.post('claim', {
        action: 'attach',
        claimId: draft.claimId,
        materials: [],
        invoices: [PAPER],
      }),
    ),
  )
  expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1)
  expect(
    replies.filter((reply) => reply.status === 409 && reply.body.error.code === 'DUPLICATE_INVOICE'),
  ).toHaveLength(7)
  const holders = []
  for (const draft of drafts) {
    const view = claimViewOf(
      (await served.http.post('claim', { action: 'get', claimId: draft.claimId })).body.data,
    )
    if (view.invoices.length > 0) holders.push(view.claimId)
  }
  expect(holders).toHaveLength(1)
})

test('the same invoice twice on one claim is not a duplicate; a withdrawn or rejected claim lets it go', async () => {
  const first = claimViewOf((await create(ALICE, [PAPER])).body.data)
  const again = await served.http.post('claim', {
    action: 'attach',
    claimId: first.claimId,
    invoices: [PAPER],
  })
  expect(again.status).toBe(200)
  expect(claimViewOf(again.body.data).invoices).toHaveLength(1)
  expect((await create(BOB, [PAPER])).status).toBe(409)
  expect((await served.http.post('claim', { action: 'withdraw', claimId: first.claimId })).status).toBe(200)
  const second = claimViewOf((await create(BOB, [PAPER])).body.data)
  expect(second.invoices).toEqual([{ kind: 'paper', number: 'AB12345678' }])

  const rejectedCase = claimViewOf((await create(ALICE, [E_INVOICE])).body.data)
  served.store.db
    .prepare(
      "UPDATE claims SET status = 'submitted', doc = json_set(doc, '$.status', 'submitted') WHERE id = ?",
    )
    .run(rejectedCase.claimId)
  const rejected = await served.http.post(
    'staff',
    { action: 'decide', kind: 'claim', id: rejectedCase.claimId, decision: 'reject', note: '非本人票据' },
    STAFF,
  )
  expect(rejected.status).toBe(200)
  expect((await create(BOB, [E_INVOICE])).status).toBe(200)
})
