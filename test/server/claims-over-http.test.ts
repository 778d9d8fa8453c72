// Journeys C and E over the local runtime's HTTP API and a real SQLite file: the claim state machine, two
// reviewers deciding at once, and the 消息 list, as the H5 app speaks to them.
import type { ClaimView } from '@shared/schemas/responses.schema'
import {
  ALICE,
  approveWith,
  BOB,
  claimViewOf,
  inpatientClaim,
  overHttp,
  PDF,
  payWith,
  STAFF,
  type TempStore,
  tempStore,
} from './support'

const STAFF_2 = 'staff-openid-2'

let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>

beforeEach(async () => {
  store = tempStore()
  store.db.prepare('INSERT INTO staff (openid, added_at) VALUES (?, ?)').run(STAFF_2, '2026-05-01')
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
})

const fn = (name: string, event: object, openid = ALICE) => http.post(name, event, openid)

let uploads = 0
/** A distinct PDF each time (a claim refuses the same content twice). */
const uploadPdf = async (openid = ALICE) => {
  const form = new FormData()
  form.append('purpose', 'invoice')
  form.append('file', new Blob([PDF, `\n${++uploads}`]), 'invoice.pdf')
  const response = await fetch(`${http.base}/api/upload`, {
    method: 'POST',
    headers: { 'X-Openid': openid },
    body: form,
  })
  return ((await response.json()) as { data: { fileID: string } }).data.fileID
}

const ok = (reply: { status: number; body: { ok: boolean; data?: unknown } }) => {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status} ${JSON.stringify(reply.body)}`)
  return reply.body.data
}

const submittedClaim = async (): Promise<ClaimView> => {
  const draft = claimViewOf(
    ok(await fn('claim', { action: 'create', ...inpatientClaim(), idempotencyKey: 'http-claim-0001' })),
  )
  const materials = []
  for (const { kind } of draft.missingMaterials) materials.push({ kind, fileID: await uploadPdf() })
  ok(await fn('claim', { action: 'attach', claimId: draft.claimId, materials }))
  return claimViewOf(ok(await fn('claim', { action: 'submit', claimId: draft.claimId })))
}

const moneyFor = (claim: ClaimView, decision: string) =>
  decision === 'approve' ? approveWith(claim) : decision === 'mark_paid' ? payWith(claim) : {}

const decide = (claim: ClaimView, decision: string, openid = STAFF, note?: string) =>
  fn(
    'staff',
    {
      action: 'decide',
      kind: 'claim',
      id: claim.claimId,
      decision,
      version: claim.version,
      note,
      ...moneyFor(claim, decision),
    },
    openid,
  )

test('the claim state machine over HTTP: refused submit, need more, resubmit, approve, paid', async () => {
  const refused = await fn('claim', {
    action: 'create',
    ...inpatientClaim({
      careType: 'outpatient',
      hospital: { name: '北京协和医院', regionCode: '110101' },
      dischargeDate: undefined,
      totalCost: 300,
    }),
    idempotencyKey: 'http-claim-0000',
  })
  const empty = claimViewOf(ok(refused))
  const missing = await fn('claim', { action: 'submit', claimId: empty.claimId })
  expect(missing.status).toBe(400)
  expect(missing.body.error.message).toMatch(/^请先上传：/)
  expect(missing.body.error.issues.length).toBe(empty.missingMaterials.length)

  let claim = await submittedClaim()
  expect(claim.status).toBe('submitted')
  claim = claimViewOf(ok(await decide(claim, 'request_more', STAFF, '请补充费用明细清单第二页')))
  expect(claim.status).toBe('need_more')
  ok(
    await fn('claim', {
      action: 'attach',
      claimId: claim.claimId,
      materials: [{ kind: 'cost_list', fileID: await uploadPdf() }],
    }),
  )
  claim = claimViewOf(ok(await fn('claim', { action: 'submit', claimId: claim.claimId })))
  claim = claimViewOf(ok(await decide(claim, 'approve')))

  const early = await fn('claim', { action: 'withdraw', claimId: claim.claimId })
  expect(early.status).toBe(409)
  expect(early.body.error.message).toBe('报销申请当前为“已通过”，不能撤回')

  claim = claimViewOf(ok(await decide(claim, 'mark_paid')))
  expect(claim.status).toBe('paid')
  const again = await decide(claim, 'mark_paid')
  expect(again.status).toBe(409)
  expect(again.body.error.message).toMatch(/已支付/)
})

test('two reviewers decide at once: one wins, the other is told the item changed', async () => {
  const claim = await submittedClaim()
  const [first, second] = await Promise.all([
    decide(claim, 'request_more', STAFF, '发票不清晰'),
    decide(claim, 'reject', STAFF_2, '不属于报销范围'),
  ])
  const statuses = [first.status, second.status].sort()
  expect(statuses).toEqual([200, 409])
  const loser = first.status === 409 ? first : second
  expect(loser.body.error.code).toBe('CONFLICT')
  expect(loser.body.error.message).toMatch(/已有变化.*请刷新/)
  const now = claimViewOf(ok(await fn('claim', { action: 'get', claimId: claim.claimId })))
  expect(now.history.filter((entry) => entry.by === 'staff')).toHaveLength(1)
})

test('a reviewer who opened the item before another decided is refused, not decided blind', async () => {
  const seen = await submittedClaim()
  ok(await decide(seen, 'request_more', STAFF, '请补充出院记录'))
  const late = await decide(seen, 'reject', STAFF_2, '材料不全')
  expect(late.status).toBe(409)
  expect(late.body.error.message).toBe('该事项在您打开后已有变化（现为“需补充”），请刷新后查看最新情况再审核')
})

test('eight reviewers at once on one claim: exactly one decision is recorded', async () => {
  const claim = await submittedClaim()
  const replies = await Promise.all(
    Array.from({ length: 8 }, (_, index) =>
      decide(claim, index % 2 ? 'approve' : 'reject', index % 2 ? STAFF : STAFF_2, '审核意见'),
    ),
  )
  expect(replies.filter((reply) => reply.status === 200)).toHaveLength(1)
  expect(replies.filter((reply) => reply.status === 409)).toHaveLength(7)
})

test('each decision reaches the applicant’s 消息 list, and only theirs; reading clears the count', async () => {
  const claim = await submittedClaim()
  ok(await decide(claim, 'request_more', STAFF, '请补充费用明细清单'))
  const inbox = ok(await fn('account', { action: 'notifications' })) as {
    items: { id: string; kind: string; recordId: string; note?: string; read: boolean }[]
    unread: number
  }
  expect(inbox.unread).toBe(1)
  expect(inbox.items[0]).toMatchObject({
    kind: 'claim_status',
    recordId: claim.claimId,
    note: '请补充费用明细清单',
    read: false,
  })
  const others = ok(await fn('account', { action: 'notifications' }, BOB)) as {
    items: unknown[]
    unread: number
  }
  expect(others).toEqual({ items: [], unread: 0 })
  expect(ok(await fn('account', { action: 'markRead', ids: [inbox.items[0].id] }, BOB))).toEqual({
    unread: 0,
  })
  expect((ok(await fn('account', { action: 'notifications' })) as { unread: number }).unread).toBe(1)
  expect(ok(await fn('account', { action: 'markRead', ids: [inbox.items[0].id] }))).toEqual({ unread: 0 })
})

test('staff actions are FORBIDDEN (403) to a non-staff caller', async () => {
  const reply = await fn('staff', { action: 'queue', kind: 'claim' }, BOB)
  expect(reply.status).toBe(403)
  expect(reply.body.error.message).toBe('仅限医保经办人员使用')
})
