// An ID number typed into a note (a reviewer's note, an applicant's cancel reason) is masked wherever the
// note is kept or shown: the record's history as its owner and staff read it, the stored row, the messages.
import { maskIdNumbersIn } from '@shared/identity/mask-id-numbers'
import { ALICE, idNumber, jilinWorker, overHttp, STAFF, type TempStore, tempStore, upload } from './support'

const id18 = idNumber('220102', 77)
const id15 = `${id18.slice(0, 6)}${id18.slice(8, 17)}`
const fullWidth = (text: string) =>
  text.replace(/[0-9X]/g, (c) => String.fromCharCode(c === 'X' ? 0xff38 : c.charCodeAt(0) + 0xfee0))

/** Every form a person types an ID number in, with the digits that must not survive. */
const FORMS: [string, string][] = [
  ['18 digits', id18],
  ['18 digits, lower-case x', `${id18.slice(0, 17)}x`],
  ['groups split by spaces', `${id18.slice(0, 6)} ${id18.slice(6, 14)} ${id18.slice(14)}`],
  ['groups split by hyphens', `${id18.slice(0, 6)}-${id18.slice(6, 14)}-${id18.slice(14)}`],
  ['full-width digits', fullWidth(id18)],
  ['full-width, split by ideographic spaces', fullWidth(`${id18.slice(0, 6)}\u3000${id18.slice(6)}`)],
  ['the old 15-digit number', id15],
]

/** The birth-date digits in the middle: present in any unmasked form, in none masked. */
const middleOf = (typed: string) => typed.replace(/[^0-9\uFF10-\uFF19]/g, '').slice(6, 12)

describe('the core masks every form', () => {
  test.each(FORMS)('%s', (_, typed) => {
    const masked = maskIdNumbersIn(`请核对${typed}的居住证`)
    expect(masked).not.toContain(middleOf(typed))
    expect(masked).toMatch(/^请核对\S{4}\*+\S{4}的居住证$/)
  })

  test('a phone number and a date stay as typed', () => {
    expect(maskIdNumbersIn('请致电13800138000，2026-05-01前补交')).toBe('请致电13800138000，2026-05-01前补交')
  })
})

describe('a note holding an ID number is masked in history, rows and messages', () => {
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

  test.each(FORMS)('%s in a staff note and in a cancel reason', async (_, typed) => {
    const submitted = await http.post('filing', {
      action: 'submit',
      draft: jilinWorker(9),
      idempotencyKey: 'notes-key-0001',
    })
    const { filingId } = submitted.body.data
    const file = await upload(store)
    expect(
      (
        await http.post('filing', {
          action: 'supplement',
          filingId,
          materials: [{ kind: 'residence_proof', fileID: file }],
        })
      ).status,
    ).toBe(200)
    const note = `请核对${typed}的居住证`
    const decided = await http.post(
      'staff',
      { action: 'decide', kind: 'filing', id: filingId, decision: 'request_more', note },
      STAFF,
    )
    expect(decided.status).toBe(200)
    const cancelled = await http.post('filing', {
      action: 'cancel',
      filingId,
      reason: `本人${typed}已回参保地`,
    })
    expect(cancelled.status).toBe(200)

    const shown = [
      decided.body,
      cancelled.body,
      (await http.post('filing', { action: 'get', filingId })).body,
      (await http.post('filing', { action: 'get', filingId }, STAFF)).body,
      (await http.post('account', { action: 'notifications' }, ALICE)).body,
    ]
    const stored = [
      store.db.prepare('SELECT * FROM filings').all(),
      store.db.prepare('SELECT * FROM outbox').all(),
    ]
    for (const text of [...shown, ...stored].map((value) => JSON.stringify(value)))
      expect(text).not.toContain(middleOf(typed))
    const history = cancelled.body.data.history.map((entry: { note?: string }) => entry.note ?? '')
    expect(history).toEqual(expect.arrayContaining([expect.stringMatching(/^请核对\S{4}\*+\S{4}的居住证$/)]))
  })
})
