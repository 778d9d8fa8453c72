// A reviewer marks single materials and estimate lines (需补充 / 不予报销) with a reason; the claimant reads each
// beside its item. Notes must name items of the claim, and come with a decision that says something about them.
import { LINE_REASONS } from '@shared/schemas/line-notes.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import {
  ALICE,
  claimViewOf,
  inpatientClaim,
  overHttp,
  PDF,
  STAFF,
  type TempStore,
  tempStore,
  upload,
} from './support'

let store: TempStore
let http: Awaited<ReturnType<typeof overHttp>>
beforeEach(async () => {
  store = tempStore()
  http = await overHttp(store)
})
afterEach(async () => {
  await http.close()
  await store.dispose()
})

const submitted = async () => {
  const created = claimViewOf(
    (await http.post('claim', { action: 'create', ...inpatientClaim(), idempotencyKey: 'line-notes-1' })).body
      .data,
  )
  const materials = []
  for (const { kind } of created.missingMaterials)
    materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
  await http.post('claim', { action: 'attach', claimId: created.claimId, materials })
  return claimViewOf((await http.post('claim', { action: 'submit', claimId: created.claimId })).body.data)
}
const decide = (claim: ClaimView, decision: string, fields: Record<string, unknown>) =>
  http.post(
    'staff',
    { action: 'decide', kind: 'claim', id: claim.claimId, decision, version: claim.version, ...fields },
    STAFF,
  )

test.each(LINE_REASONS)(
  'a material and an estimate line marked %s reach the claimant with the reason',
  async (reason) => {
    const claim = await submitted()
    const lineNotes = [
      { target: { kind: 'material', fileID: claim.materials[0].fileID }, reason, note: '发票第二页不清晰' },
      { target: { kind: 'estimate', index: 0 }, reason },
    ]
    const reply = await decide(claim, 'request_more', { note: '请按逐项意见补充', lineNotes })
    expect(reply.status).toBe(200)
    const seen = claimViewOf((await http.post('claim', { action: 'get', claimId: claim.claimId })).body.data)
    expect(seen.lineNotes).toEqual(lineNotes)
  },
)

test('a note on an item the claim does not have is refused, naming the note; nothing is decided', async () => {
  const claim = await submitted()
  const reply = await decide(claim, 'request_more', {
    note: '请补充',
    lineNotes: [{ target: { kind: 'material', fileID: 'not-on-this-claim' }, reason: 'need_supplement' }],
  })
  expect(reply.status).toBe(400)
  expect(reply.body.error.path).toBe('lineNotes.0')
  const beyond = await decide(claim, 'request_more', {
    note: '请补充',
    lineNotes: [{ target: { kind: 'estimate', index: claim.estimate.lines.length }, reason: 'not_covered' }],
  })
  expect(beyond.body.error.path).toBe('lineNotes.0')
  const seen = claimViewOf((await http.post('claim', { action: 'get', claimId: claim.claimId })).body.data)
  expect(seen.status).toBe('submitted')
  expect(seen.lineNotes).toEqual([])
})

test('notes come with a decision about the items, and the next such decision replaces them', async () => {
  const claim = await submitted()
  const note = { target: { kind: 'estimate', index: 0 }, reason: 'not_covered' }
  expect((await decide(claim, 'review', { lineNotes: [note] })).body.error.path).toBe('lineNotes')
  const reviewing = claimViewOf((await decide(claim, 'review', {})).body.data)
  const approved = claimViewOf(
    (await decide(reviewing, 'approve', { approvedAmount: claim.estimate.fundPays, lineNotes: [note] })).body
      .data,
  )
  expect(approved.lineNotes).toEqual([note])
})
