// A filing its applicant cancels after supplementing leaves staff review: it is not in the queue, and no
// decision of the review table reaches it (no "审核通过" message for a filing that no longer exists).
import { FILING_STATUSES, REVIEW_STATES, STAFF_DECISIONS } from '@shared/policy/vocabulary'
import { FILING_REVIEW, reviewFiling } from '@shared/rules/filing-review'
import { jilinWorker, overHttp, STAFF, type TempStore, tempStore, upload } from './support'

describe('the review table', () => {
  const cases = FILING_STATUSES.flatMap((status) =>
    REVIEW_STATES.flatMap((review) => STAFF_DECISIONS.map((decision) => [status, review, decision] as const)),
  )
  test.each(cases)('%s filing, review %s, %s', (status, review, decision) => {
    const allowed = status !== 'cancelled' && review === 'awaiting' && decision in FILING_REVIEW
    expect(reviewFiling(status, review, decision).ok).toBe(allowed)
  })
})

describe('cancelled after a supplement, over HTTP', () => {
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

  test.each(Object.keys(FILING_REVIEW))(
    'leaves the queue, and %s is refused with nothing sent',
    async (decision) => {
      const { filingId } = (
        await http.post('filing', {
          action: 'submit',
          draft: jilinWorker(3),
          idempotencyKey: 'cancel-review-1',
        })
      ).body.data
      const fileID = await upload(store)
      await http.post('filing', {
        action: 'supplement',
        filingId,
        materials: [{ kind: 'residence_proof', fileID }],
      })
      const queued = await http.post('staff', { action: 'queue', kind: 'filing' }, STAFF)
      expect(queued.body.data.items.map((item: { filingId: string }) => item.filingId)).toContain(filingId)

      const cancelled = await http.post('filing', { action: 'cancel', filingId, reason: '已回参保地工作' })
      expect(cancelled.body.data).toMatchObject({ status: 'cancelled', review: 'none' })
      const after = await http.post('staff', { action: 'queue', kind: 'filing' }, STAFF)
      expect(after.body.data.items.map((item: { filingId: string }) => item.filingId)).not.toContain(filingId)

      const outbox = store.count('outbox')
      const decided = await http.post(
        'staff',
        { action: 'decide', kind: 'filing', id: filingId, decision, note: '请补充材料' },
        STAFF,
      )
      expect(decided.status).toBe(409)
      expect(decided.body.error.code).toBe('CONFLICT')
      expect(store.count('outbox')).toBe(outbox)
      const got = await http.post('filing', { action: 'get', filingId })
      expect(got.body.data.status).toBe('cancelled')
    },
  )
})
