// The staff queue comes in pages of summaries: every record once, in the queue's order, however many there are,
// and a page never carries a record's materials or history (those come when one record is opened).
import { QUEUE_PAGE } from '@shared/schemas/staff.schema'
import {
  ALICE,
  claimsIn,
  data,
  dataOf,
  draft,
  errorOf,
  filingsIn,
  idNumber,
  inpatientClaim,
  jilinWorker,
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

const queue = (event: Record<string, unknown>) => store.call('staff', { action: 'queue', ...event }, STAFF)
const cursorOf = (envelope: Awaited<ReturnType<typeof queue>>) =>
  (data(envelope) as { nextCursor?: string }).nextCursor

/** Follows nextCursor to the end; returns the ids page by page. */
const allPages = async (
  event: Record<string, unknown>,
  idOf: (envelope: Awaited<ReturnType<typeof queue>>) => string[],
) => {
  const pages: string[][] = []
  let cursor: string | undefined
  do {
    const page = await queue({ ...event, ...(cursor ? { cursor } : {}) })
    pages.push(idOf(page))
    cursor = cursorOf(page)
  } while (cursor && pages.length < 50)
  return pages
}
const filingIds = (envelope: Awaited<ReturnType<typeof queue>>) =>
  filingsIn(envelope).map((item) => item.filingId)
const claimIds = (envelope: Awaited<ReturnType<typeof queue>>) =>
  claimsIn(envelope).map((item) => item.claimId)

const fileEffective = async (count: number) => {
  const ids: string[] = []
  for (let n = 0; n < count; n++) {
    const draftOf = draft({
      filingType: 'temporary',
      insured: { name: '张三', idNumber: idNumber('420105', n), phone: '13800138000' },
    })
    ids.push(
      dataOf(
        'filing.submit',
        await store.call('filing', { action: 'submit', draft: draftOf, idempotencyKey: `page-${n}-key` }),
      ).filingId,
    )
  }
  return ids
}

test('45 effective filings come in pages of 20, 20 and 5, newest first, each once', async () => {
  const filed = await fileEffective(45)
  const pages = await allPages({ kind: 'filing', status: 'effective' }, filingIds)
  expect(pages.map((page) => page.length)).toEqual([QUEUE_PAGE.size, QUEUE_PAGE.size, 5])
  const seen = pages.flat()
  expect(new Set(seen).size).toBe(45)
  expect([...seen].sort()).toEqual([...filed].sort())
  // All filed in the same second here: the order is still total (created, then id), so no page repeats one.
  expect(seen).toEqual([...seen].sort((a, b) => (a < b ? 1 : -1)))
})

test('claims page oldest first with the limit asked for, and the last page says nothing follows', async () => {
  const created: string[] = []
  for (let n = 0; n < 7; n++)
    created.push(
      dataOf(
        'claim.create',
        await store.call('claim', {
          action: 'create',
          ...inpatientClaim(),
          idempotencyKey: `paged-claim-${n}`,
        }),
      ).claimId,
    )
  const pages = await allPages({ kind: 'claim', status: 'draft', limit: 3 }, claimIds)
  expect(pages.map((page) => page.length)).toEqual([3, 3, 1])
  expect(pages.flat()).toEqual([...created].sort())
})

test('a page lists summaries: the materials counted, never the materials, notices or history themselves', async () => {
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', { action: 'submit', draft: jilinWorker(7), idempotencyKey: 'summary-filing' }),
  )
  data(
    await store.call('filing', {
      action: 'supplement',
      filingId: filing.filingId,
      materials: [{ kind: 'residence_proof', fileID: await upload(store, ALICE, PDF) }],
    }),
  )
  const [item] = filingsIn(await queue({ kind: 'filing' }))
  expect(item).toMatchObject({ filingId: filing.filingId, review: 'awaiting', materialCount: 1 })
  for (const detail of ['materials', 'history', 'notices', 'outstandingMaterials'])
    expect(Object.keys(item)).not.toContain(detail)
  // Opening the record gives the details.
  const opened = dataOf(
    'filing.get',
    await store.call('filing', { action: 'get', filingId: filing.filingId }, STAFF),
  )
  expect(opened.materials).toHaveLength(1)
  expect(opened.history.length).toBeGreaterThan(0)
})

test.each([
  [{ limit: QUEUE_PAGE.max + 1 }, 'limit', `每页条数不能超过 ${QUEUE_PAGE.max}`],
  [{ limit: 0 }, 'limit', '每页条数至少为 1'],
  [{ cursor: 'not a cursor!' }, 'cursor', '翻页位置不正确，请从第一页重新加载'],
  [{ cursor: Buffer.from('["x"]').toString('base64url') }, 'cursor', '翻页位置不正确，请从第一页重新加载'],
])('%o is refused with a Chinese message naming the field', async (event, field, message) => {
  const error = errorOf(await queue({ kind: 'claim', ...event }))
  expect(error.code).toBe('VALIDATION')
  expect(JSON.stringify(error)).toContain(field)
  expect(error.message).toContain(message)
})
