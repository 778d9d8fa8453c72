// Staff see, by Shanghai week (Monday first), how many searches found no certain answer and how many answers
// were marked 没帮助, from the events the phone sends (faq.missed, faq.feedback), over HTTP. Who searched is not kept.
import { RESPONSE_SCHEMAS } from '@shared/schemas/responses.schema'
import { ALICE, BOB, STAFF, servedPerTest } from './support'

const served = servedPerTest()

const at = (iso: string) => served.store.clock.set(iso)
const post = (name: string, event: Record<string, unknown>, openid = ALICE) =>
  served.http.post(name, event, openid)
const weekly = async (weeks?: number) => {
  const { status, body } = await post('staff', { action: 'faq_weekly', ...(weeks ? { weeks } : {}) }, STAFF)
  expect(status).toBe(200)
  return RESPONSE_SCHEMAS['staff.faq_weekly'].parse((body as { data: unknown }).data).items
}

test('misses and 没帮助 votes are counted in the Shanghai week they happened, newest week first', async () => {
  // Wednesday 2026-04-29 in Shanghai, and a Sunday night that is already Monday in Shanghai.
  at('2026-04-29T02:00:00.000Z')
  await post('faq', { action: 'missed', q: '护工钱谁出' })
  await post('faq', { action: 'missed', q: '老年证能用吗' }, BOB)
  await post('faq', { action: 'feedback', id: 'type-retiree', helpful: false, q: '养老' })
  await post('faq', { action: 'feedback', id: 'type-retiree', helpful: true, q: '养老' })
  at('2026-05-03T16:30:00.000Z') // Monday 2026-05-04 00:30 in Shanghai
  await post('faq', { action: 'missed', q: '陪护费' })
  await post('faq', { action: 'feedback', id: 'type-referral', helpful: false })

  const items = await weekly(3)
  expect(items).toEqual([
    { weekStart: '2026-05-04', misses: 1, unhelpful: 1 },
    { weekStart: '2026-04-27', misses: 2, unhelpful: 1 },
    { weekStart: '2026-04-20', misses: 0, unhelpful: 0 },
  ])
  expect(await weekly()).toHaveLength(8)
})

test('a miss keeps the words and the time, not who searched; only staff see the counts', async () => {
  await post('faq', { action: 'missed', q: '护工钱谁出' })
  expect(served.store.db.prepare('SELECT * FROM faq_misses').all()).toEqual([
    { q: '护工钱谁出', at: '2026-05-01T02:00:00.000Z' },
  ])
  expect((await post('staff', { action: 'faq_weekly' }, BOB)).status).toBe(403)
})

test.each([
  [{ action: 'missed' }, 'q'],
  [{ action: 'missed', q: '' }, 'q'],
  [{ action: 'missed', q: '护'.repeat(101) }, 'q'],
  [{ action: 'missed', q: '护工\u202e钱' }, 'q'],
])('a bad miss %j is refused naming the field and not counted', async (event, field) => {
  const refused = await post('faq', event)
  expect(refused.status).toBe(400)
  expect(JSON.stringify(refused.body)).toContain(field)
  expect(served.store.count('faq_misses')).toBe(0)
})

test('weeks beyond the limit are refused', async () => {
  expect((await post('staff', { action: 'faq_weekly', weeks: 27 }, STAFF)).status).toBe(400)
})
