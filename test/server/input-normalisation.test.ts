// Free text is stored as NFC and refused with a Chinese message naming the field when it holds control
// characters, direction overrides or broken characters; a name needs letters; no message is English.
import type { FunctionName } from '@shared/envelope'
import fc from 'fast-check'
import { draft, jilinWorker, overHttp, STAFF, type TempStore, tempStore, upload } from './support'

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

const cancelWith = async (reason: string) => {
  const submitted = await http.post('filing', {
    action: 'submit',
    draft: jilinWorker(4),
    idempotencyKey: 'normalise-0001',
  })
  const { filingId } = submitted.body.data
  const answer = await http.post('filing', { action: 'cancel', filingId, reason })
  return { ...answer, filingId }
}

describe('free text', () => {
  test.each([
    ['NUL', '已回\u0000参保地', '含有不可见的控制字符'],
    ['an escape', '已回\u001b[31m参保地', '含有不可见的控制字符'],
    ['a C1 control', '已回\u0085参保地', '含有不可见的控制字符'],
    ['a right-to-left override', '已回\u202e地保参', '改变文字方向'],
    ['a left-to-right isolate', '已回\u2066参保地\u2069', '改变文字方向'],
    ['a lone high surrogate', '已回\ud83d参保地', '无法识别的字符'],
    ['a lone low surrogate', '已回\ude00参保地', '无法识别的字符'],
  ])('with %s is refused, naming the field, and nothing changes', async (_, reason, words) => {
    const refused = await cancelWith(reason)
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION', path: 'reason' })
    expect(refused.body.error.message).toBe(`撤销原因${refused.body.error.message.slice(4)}`)
    expect(refused.body.error.message).toContain(words)
    expect(
      (await http.post('filing', { action: 'get', filingId: refused.filingId })).body.data.status,
    ).not.toBe('cancelled')
  })

  test('is stored in NFC: a decomposed é and the composed one are the same text', async () => {
    const cancelled = await cancelWith('Cafe\u0301 附近居住')
    expect([cancelled.status, cancelled.body.error]).toEqual([200, undefined])
    const entry = cancelled.body.data.history.find((item: { action: string }) => item.action === 'cancel')
    expect(entry.note).toBe('Caf\u00e9 附近居住')
  })

  test('a staff note with a right-to-left override is refused', async () => {
    const { filingId } = (
      await http.post('filing', { action: 'submit', draft: jilinWorker(5), idempotencyKey: 'normalise-0002' })
    ).body.data
    const fileID = await upload(store)
    await http.post('filing', {
      action: 'supplement',
      filingId,
      materials: [{ kind: 'residence_proof', fileID }],
    })
    const refused = await http.post(
      'staff',
      { action: 'decide', kind: 'filing', id: filingId, decision: 'request_more', note: '请补交\u202e件证' },
      STAFF,
    )
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION', path: 'note' })
    expect(refused.body.error.message).toContain('审核意见')
  })
})

describe('names', () => {
  test.each(['··', '...', '• •', '张·', '. .'])('%j, with no name in it, is refused', async (name) => {
    const refused = await http.post('filing', {
      action: 'quote',
      draft: draft({ insured: { ...draft().insured, name } }),
    })
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION', path: 'draft.insured.name' })
    expect(refused.body.error.message).toMatch(/^参保人姓名/)
  })

  test.each(['张三', '买买提·艾力', 'Li Lei', '徐\uf900'])('%s is a name', async (name) => {
    const quoted = await http.post('filing', {
      action: 'quote',
      draft: draft({ insured: { ...draft().insured, name } }),
    })
    expect(quoted.status).toBe(200)
  })
})

describe('no message is English', () => {
  /** zod's own English, or no Chinese at all (a field's name in brackets is fine). */
  const english = (message: string) =>
    !/[\u4e00-\u9fff]/.test(message) ||
    /expected|invalid|too (big|small)|received|unrecognized/i.test(message)
  const FUNCTIONS: Record<FunctionName, string[]> = {
    filing: ['quote', 'submit', 'list', 'get', 'supplement', 'change', 'cancel', 'report', 'coverage'],
    claim: ['checklist', 'estimate', 'create', 'attach', 'submit', 'withdraw', 'list', 'get'],
    faq: ['search', 'hot', 'feedback'],
    staff: ['queue', 'decide', 'form', 'authorise'],
    account: ['whoami', 'notifications', 'markRead'],
    identity: ['status', 'verify', 'invite', 'accept', 'members', 'end'],
  }
  /** Everything a careless client sends: wrong types, huge lists and numbers, missing fields. */
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.array(fc.record({ kind: fc.string(), fileID: fc.string() }), { maxLength: 40 }),
    fc.object({ maxDepth: 1 }),
  )
  test.each(Object.entries(FUNCTIONS))(
    '%s: every error message and issue is Chinese',
    async (name, actions) => {
      const fields = [
        'draft',
        'filingId',
        'claimId',
        'materials',
        'q',
        'limit',
        'kind',
        'id',
        'decision',
        'note',
        'ids',
        'reason',
        'insured',
        'totalCost',
        'idempotencyKey',
        'status',
        'helpful',
        'hospital',
        'care',
      ]
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...actions),
          fc.dictionary(fc.constantFrom(...fields), junk),
          async (action, event) => {
            const answer = await store.call(name as FunctionName, { ...event, action }, STAFF)
            if (answer.ok) return
            const messages = [
              answer.error.message,
              ...(answer.error.issues ?? []).map((issue) => issue.message),
            ]
            for (const message of messages) expect([message, english(message)]).toEqual([message, false])
          },
        ),
        { numRuns: 60 },
      )
    },
  )
})
