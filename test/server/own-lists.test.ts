// 我的备案 and 我的报销 read summaries: however many materials and history entries a record holds, its owner's
// list carries only who, what and where it stands; materials, history and the staff's flags come with `get`.
import { CLAIM_AMOUNT_BOUNDS } from '@shared/rules/claim-amounts'
import { RESPONSE_SCHEMAS } from '@shared/schemas/responses.schema'
import { ALICE, data, draft, inpatientClaim, type TempStore, tempStore, upload } from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const strictItems = (key: 'filing.list' | 'claim.list', value: unknown) =>
  RESPONSE_SCHEMAS[key].shape.items.element
    .strict()
    .array()
    .parse((value as { items: unknown }).items)

test('a filing with materials and history is listed as a summary, and opened in full', async () => {
  const submitted = data(
    await store.call('filing', {
      action: 'submit',
      draft: draft({ materials: [{ kind: 'residence_proof', fileID: await upload(store) }] }),
      idempotencyKey: 'own-list-filing-1',
    }),
  ) as { filingId: string }

  const listed = data(await store.call('filing', { action: 'list' }, ALICE))
  const [item] = strictItems('filing.list', listed)
  expect(item).toMatchObject({ filingId: submitted.filingId, materialCount: 1 })
  expect(item).not.toHaveProperty('history')
  expect(item).not.toHaveProperty('materials')

  const opened = data(await store.call('filing', { action: 'get', filingId: submitted.filingId })) as object
  expect(opened).toHaveProperty('history')
  expect(opened).toHaveProperty('materials')
})

test("a claim is listed without its materials, estimate, history or the staff's flags", async () => {
  // Above the usual amount for one stay: staff see it flagged; the claimant's list does not carry staff flags.
  const totalCost = CLAIM_AMOUNT_BOUNDS.inpatient.usual + 1
  const created = data(
    await store.call('claim', {
      action: 'create',
      ...inpatientClaim({ totalCost }),
      idempotencyKey: 'own-list-claim-1',
    }),
  ) as { claimId: string }

  const [item] = strictItems('claim.list', data(await store.call('claim', { action: 'list' }, ALICE)))
  expect(item).toMatchObject({ claimId: created.claimId, totalCost, materialCount: 0 })
  for (const detail of ['estimate', 'materials', 'history', 'flags', 'payee'])
    expect(item).not.toHaveProperty(detail)
})
