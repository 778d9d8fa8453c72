// Asking the agency from the FAQ: a signed-in person's question, kept with the search tried, reaches the
// staff queue oldest first; the staff answer reaches the person's 消息. Daily limit, ownership, bad input.
import { FAQ_QUESTIONS_PER_DAY } from '../../server/use-cases/faq/ask-agency'
import { ALICE, BOB, data, dataOf, STAFF, type TempStore, tempStore } from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const ask = (question: string, caller: string | null = ALICE, extra: Record<string, unknown> = {}) =>
  store.call('faq', { action: 'ask', question, insuredRegion: '420100', q: '护工', ...extra }, caller)

test('a question reaches staff oldest first, with the search tried and the 参保地, not who asked', async () => {
  dataOf('faq.ask', await ask('异地住院请护工的费用能报销吗'))
  store.clock.set('2026-05-01T03:00:00.000Z')
  dataOf('faq.ask', await ask('医保卡丢了在外地怎么补办', BOB, { q: '卡丢了' }))
  const queue = dataOf('staff.faq_questions', await store.call('staff', { action: 'faq_questions' }, STAFF))
  expect(queue.items.map((item) => item.question)).toEqual([
    '异地住院请护工的费用能报销吗',
    '医保卡丢了在外地怎么补办',
  ])
  expect(queue.items[0]).toMatchObject({ q: '护工', insuredRegion: '420100', status: 'open' })
  expect(JSON.stringify(queue)).not.toContain(ALICE)
})

test('the answer arrives in the asker’s 消息 only, and leaves the queue', async () => {
  const { id } = dataOf('faq.ask', await ask('异地住院请护工的费用能报销吗'))
  const answered = dataOf(
    'staff.faq_answer',
    await store.call('staff', { action: 'faq_answer', id, answer: '护工费不属于医保基金支付范围。' }, STAFF),
  )
  expect(answered.status).toBe('answered')
  const inbox = dataOf(
    'account.notifications',
    await store.call('account', { action: 'notifications' }, ALICE),
  )
  expect(inbox.items[0]).toMatchObject({
    kind: 'faq_answer',
    recordId: id,
    note: '护工费不属于医保基金支付范围。',
  })
  const others = dataOf(
    'account.notifications',
    await store.call('account', { action: 'notifications' }, BOB),
  )
  expect(others.items).toEqual([])
  const queue = dataOf('staff.faq_questions', await store.call('staff', { action: 'faq_questions' }, STAFF))
  expect(queue.items).toEqual([])
  const again = await store.call('staff', { action: 'faq_answer', id, answer: '第二次答复' }, STAFF)
  expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
})

test('only staff see the queue and answer', async () => {
  const { id } = dataOf('faq.ask', await ask('异地住院请护工的费用能报销吗'))
  for (const event of [{ action: 'faq_questions' }, { action: 'faq_answer', id, answer: '随便答' }])
    expect(await store.call('staff', event, BOB)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('a person who has not signed in cannot ask: the answer would have nowhere to go', async () => {
  expect(await ask('异地住院请护工的费用能报销吗', 'anonymous')).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  })
  expect(store.count('faq_questions')).toBe(0)
})

test(`at most ${FAQ_QUESTIONS_PER_DAY} questions a Shanghai day per person; the next day again`, async () => {
  for (let i = 0; i < FAQ_QUESTIONS_PER_DAY; i++) data(await ask(`第${i + 1}个问题：护工费能报吗`))
  const refused = await ask('再问一个护工费的问题')
  expect(refused).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } })
  data(await ask('别人的问题：护工费能报吗', BOB))
  store.clock.set('2026-05-01T16:00:00.000Z') // 00:00 the next day in Shanghai
  data(await ask('第二天的问题：护工费能报吗'))
  expect(store.count('faq_questions')).toBe(FAQ_QUESTIONS_PER_DAY + 2)
})

test.each([
  [{ question: '' }, 'question'],
  [{ question: '护工' }, 'question'],
  [{ question: '护'.repeat(301) }, 'question'],
  [{ insuredRegion: '12' }, 'insuredRegion'],
  [{ question: '护工费\u202e能报吗' }, 'question'],
])('bad input %j is refused naming the field, and nothing is kept', async (bad, field) => {
  const refused = await store.call(
    'faq',
    { action: 'ask', question: '异地住院请护工的费用能报销吗', insuredRegion: '420100', ...bad },
    ALICE,
  )
  expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  expect(JSON.stringify(refused)).toContain(field)
  expect(store.count('faq_questions')).toBe(0)
})

test('search says whether its first hit is a certain answer', async () => {
  const sure = dataOf('faq.search', await store.call('faq', { action: 'search', q: '急诊没备案能报销吗' }))
  expect(sure.confident).toBe(true)
  const unsure = dataOf(
    'faq.search',
    await store.call('faq', { action: 'search', q: '在外地请护工的钱医保报不报' }),
  )
  expect(unsure.confident).toBe(false)
  expect(unsure.hotline).toContain('12393')
})
