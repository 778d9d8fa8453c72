// Staff turn a question into an alias of an existing entry, or draft a new entry with its source clause, and the
// server's search (the same searchFaq the app runs) answers with it at once, over HTTP; the app fetches the same
// additions with `faq.additions`. The asker gets the entry in 消息. Bad input and a second staff member add nothing.
import { DOCUMENTS } from '@shared/policy/sources'
import { RESPONSE_SCHEMAS } from '@shared/schemas/responses.schema'
import { ALICE, BOB, STAFF, servedPerTest } from './support'

const served = servedPerTest()
/** A wording nobody tuned on that the shipped search does not answer. */
const WORDING = '老年证能当身份证用吗'

const post = async (name: string, event: Record<string, unknown>, openid = ALICE) => {
  const { status, body } = await served.http.post(name, event, openid)
  return {
    status,
    body: body as { ok: boolean; data: Record<string, unknown>; error?: Record<string, unknown> },
  }
}
const search = async (q: string) => {
  const { body } = await post('faq', { action: 'search', q })
  return RESPONSE_SCHEMAS['faq.search'].parse(body.data)
}
const additions = async () =>
  RESPONSE_SCHEMAS['faq.additions'].parse((await post('faq', { action: 'additions' })).body.data)
const asked = async (question = WORDING, q = WORDING) => {
  const { body } = await post('faq', { action: 'ask', question, insuredRegion: '420100', q })
  return body.data.id as string
}
const queue = async () =>
  RESPONSE_SCHEMAS['staff.faq_questions'].parse(
    (await post('staff', { action: 'faq_questions' }, STAFF)).body.data,
  ).items

test('an alias takes effect at once: the server search finds its entry for that wording, certain', async () => {
  const before = await search(WORDING)
  expect(before.confident).toBe(false)
  expect(before.items[0]?.id).not.toBe('type-retiree')
  expect(await additions()).toEqual({ version: '', aliases: [], entries: [] })

  const id = await asked()
  const [item] = await queue()
  expect(item.candidates?.length).toBeGreaterThan(0)
  const aliased = await post(
    'staff',
    { action: 'faq_alias', id, entryId: 'type-retiree', text: WORDING },
    STAFF,
  )
  expect(aliased).toMatchObject({ status: 200, body: { ok: true, data: { status: 'answered' } } })

  const after = await search(`${WORDING}？`)
  expect(after).toMatchObject({ confident: true, items: [{ id: 'type-retiree' }] })
  const fetched = await additions()
  expect(fetched.aliases).toEqual([{ entryId: 'type-retiree', text: WORDING }])
  expect(fetched.version).not.toBe('')
  expect(await queue()).toEqual([])

  // The asker reads the entry, for their 参保地, in 消息.
  const inbox = RESPONSE_SCHEMAS['account.notifications'].parse(
    (await post('account', { action: 'notifications' })).body.data,
  )
  expect(inbox.items[0]).toMatchObject({ kind: 'faq_answer', recordId: id })
  expect(inbox.items[0].note).toContain('退休后去子女那里养老')
})

test('a drafted entry with its source clause is searchable at once and fetched by the app', async () => {
  const id = await asked('在外地住院请护工的钱医保能不能报', '护工')
  const drafted = await post(
    'staff',
    {
      action: 'faq_draft',
      id,
      question: '异地住院请护工的费用能报销吗？',
      answer: '护工费、陪护费不属于基本医疗保险基金支付范围，需个人自理。',
      doc: DOCUMENTS.service,
      clause: '经办答复',
    },
    STAFF,
  )
  expect(drafted.status).toBe(200)
  const entryId = drafted.body.data.entryId as string
  expect(entryId).toMatch(/^draft-[a-z0-9]+$/)

  const found = await search('请护工的钱能报吗')
  expect(found.items[0]).toMatchObject({
    id: entryId,
    sources: [{ doc: DOCUMENTS.service, clause: '经办答复' }],
  })
  expect((await additions()).entries.map((entry) => entry.id)).toEqual([entryId])
})

test.each([
  [{ action: 'faq_alias', entryId: 'no-such-entry', text: WORDING }, 'entryId'],
  [{ action: 'faq_alias', entryId: 'type-retiree', text: '老' }, 'text'],
  [{ action: 'faq_alias', entryId: 'type-retiree', text: '老'.repeat(41) }, 'text'],
  [
    {
      action: 'faq_draft',
      question: '护工费能报吗',
      answer: '不能报销，需个人自理的费用。',
      doc: '某某文件',
      clause: '一',
    },
    'doc',
  ],
  [
    { action: 'faq_draft', question: '护工费能报吗', answer: '太短', doc: DOCUMENTS.service, clause: '一' },
    'answer',
  ],
  [
    {
      action: 'faq_draft',
      question: '护工费能报吗',
      answer: '不能报销，需个人自理的费用。',
      doc: DOCUMENTS.service,
      clause: '',
    },
    'clause',
  ],
])('bad input %j is refused naming the field; nothing is added or answered', async (event, field) => {
  const id = await asked()
  const refused = await post('staff', { id, ...event }, STAFF)
  expect(refused).toMatchObject({ status: 400, body: { ok: false, error: { code: 'VALIDATION' } } })
  expect(JSON.stringify(refused.body.error)).toContain(field)
  expect(await additions()).toEqual({ version: '', aliases: [], entries: [] })
  expect((await queue()).map((item) => item.id)).toEqual([id])
})

test('only staff add; an answered question cannot be turned into a second alias', async () => {
  const id = await asked()
  const event = { action: 'faq_alias', id, entryId: 'type-retiree', text: WORDING }
  expect((await post('staff', event, BOB)).status).toBe(403)
  expect((await post('staff', event, STAFF)).status).toBe(200)
  const again = await post('staff', { ...event, entryId: 'type-referral' }, STAFF)
  expect(again).toMatchObject({ status: 409, body: { error: { code: 'CONFLICT' } } })
  expect((await additions()).aliases).toEqual([{ entryId: 'type-retiree', text: WORDING }])
})
