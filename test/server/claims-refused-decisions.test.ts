// A staff decision that no claim takes (作废 is a filing's) is refused with the core's reason, whatever the
// claim's status, and leaves the claim as it was. The cases come from the core's table.
import { NOT_FOR_CLAIMS } from '@shared/rules/claim-status'
import type { ClaimView } from '@shared/schemas/responses.schema'
import {
  ALICE,
  claimOf,
  dataOf,
  errorOf,
  inpatientClaim,
  PDF,
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

const submitted = async (claim: ClaimView) => {
  const materials = []
  for (const { kind } of claim.missingMaterials)
    materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
  await store.call('claim', { action: 'attach', claimId: claim.claimId, materials })
  return claimOf(await store.call('claim', { action: 'submit', claimId: claim.claimId }))
}

const cases = Object.entries(NOT_FOR_CLAIMS).flatMap(([decision, reason]) =>
  (['draft', 'submitted'] as const).map((status) => [decision, status, reason] as const),
)

test.each(cases)('%s on a %s claim is refused: %s', async (decision, status, reason) => {
  const created = dataOf(
    'claim.create',
    await store.call('claim', { action: 'create', ...inpatientClaim(), idempotencyKey: 'claim-key-0001' }),
  )
  const before = status === 'draft' ? created : await submitted(created)
  expect(before.status).toBe(status)

  const answer = await store.call(
    'staff',
    { action: 'decide', kind: 'claim', id: before.claimId, decision, note: '参保人报告非本人申请' },
    STAFF,
  )
  expect(errorOf(answer)).toMatchObject({ code: 'CONFLICT', message: reason })
  const after = claimOf(await store.call('claim', { action: 'get', claimId: before.claimId }, STAFF))
  expect(after.status).toBe(status)
  expect(after.history).toEqual(before.history)
})
