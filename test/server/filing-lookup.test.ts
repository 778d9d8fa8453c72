// The insured look-up before filing, and 为本人办理 without typing the ID number: over SQLite and HTTP, with
// the embedded platform. Only the verified person or someone they authorised may look a person up, and each
// caller only so often (it would tell a stranger whose ID numbers are insured and where they filed).
import type { Envelope } from '@shared/envelope'
import { LOOKUPS_PER_HOUR } from '../../server/use-cases/filing/look-up-insured'
import { authorisedBy, type Send, verifiedAs } from '../identity-prelude'
import {
  ALICE,
  BOB,
  dataOf,
  draft,
  errorOf,
  filingOf,
  idNumber,
  overHttp,
  type TempStore,
  tempStore,
} from './support'

const PERSON = { name: '王芳', idNumber: idNumber('420105', 61) }
let store: TempStore
const send: Send = (openid, fn, body) => store.callAsIs(fn, body, openid) as Promise<Envelope>

beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const selfDraft = () => {
  const { idNumber: _left, ...insured } = { ...PERSON, phone: '13800138000' }
  return draft({ insured } as never)
}

describe('为本人办理 from a verified account leaves the ID number to the server', () => {
  test('submit files for the verified identity; the answer shows it masked', async () => {
    await verifiedAs(send, ALICE, PERSON)
    const filing = filingOf(
      await store.callAsIs('filing', { action: 'submit', draft: selfDraft(), idempotencyKey: 'self-0001' }),
    )
    expect(filing.insured).toEqual({
      name: '王芳',
      idNumberMasked: `${PERSON.idNumber.slice(0, 4)}**********${PERSON.idNumber.slice(-4)}`,
    })
    expect(filing.relation).toBe('self')
    // The same key again is the same request: the same filing, nothing new.
    const again = filingOf(
      await store.callAsIs('filing', { action: 'submit', draft: selfDraft(), idempotencyKey: 'self-0001' }),
    )
    expect(again.filingId).toBe(filing.filingId)
    expect(store.count('filings')).toBe(1)
  })

  test('quote answers for the verified identity, with the filings it already holds', async () => {
    await verifiedAs(send, ALICE, PERSON)
    await store.callAsIs('filing', { action: 'submit', draft: selfDraft(), idempotencyKey: 'self-0002' })
    const quote = dataOf(
      'filing.quote',
      await store.callAsIs('filing', { action: 'quote', draft: selfDraft() }),
    )
    expect(quote.existing).toEqual([expect.objectContaining({ identical: true })])
  })

  test('an unverified account is told to verify first, and nothing is written', async () => {
    const reply = await store.callAsIs('filing', {
      action: 'submit',
      draft: selfDraft(),
      idempotencyKey: 'self-0003',
    })
    expect(errorOf(reply)).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('请先完成实名认证'),
      path: 'draft.insured.idNumber',
    })
    expect(store.count('filings')).toBe(0)
  })

  test('代办 still needs the insured person’s ID number', async () => {
    const { idNumber: _left, ...insured } = { ...PERSON, phone: '13800138000' }
    const reply = await store.callAsIs('filing', {
      action: 'quote',
      draft: draft({
        insured,
        relation: 'child',
        commitment: { accepted: true, proxyConsent: true },
      } as never),
    })
    expect(errorOf(reply)).toMatchObject({ code: 'VALIDATION', path: 'draft.insured.idNumber' })
  })
})

describe('filing.lookup', () => {
  test('without `insured` it looks up the caller’s verified identity, and fills what an earlier filing says', async () => {
    await verifiedAs(send, ALICE, PERSON)
    const first = dataOf('filing.lookup', await store.callAsIs('filing', { action: 'lookup' }))
    expect(first).toEqual({ outcome: 'insured', filings: [] })
    await store.callAsIs('filing', {
      action: 'submit',
      draft: { ...selfDraft(), insuredRegion: '420500', insuranceType: 'resident' },
      idempotencyKey: 'self-0004',
    })
    const later = dataOf('filing.lookup', await store.callAsIs('filing', { action: 'lookup' }))
    expect(later).toMatchObject({ insuredRegion: { code: '420500' }, insuranceType: 'resident' })
  })

  test('an unverified caller, or one asking about a person who did not authorise them, learns nothing', async () => {
    expect(errorOf(await store.callAsIs('filing', { action: 'lookup' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringContaining('请先完成实名认证'),
    })
    await verifiedAs(send, BOB, { name: '李雷', idNumber: idNumber('420105', 62) })
    const stranger = errorOf(await store.callAsIs('filing', { action: 'lookup', insured: PERSON }, BOB))
    expect(stranger).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('尚未授权') })
  })

  test('a family member the person authorised looks them up', async () => {
    await authorisedBy(send, BOB, PERSON)
    const answer = dataOf(
      'filing.lookup',
      await store.callAsIs('filing', { action: 'lookup', insured: PERSON }, BOB),
    )
    expect(answer.outcome).toBe('insured')
  })

  test(`at most ${LOOKUPS_PER_HOUR} an hour per caller: then 429 RATE_LIMITED with the hotline, an hour later again`, async () => {
    await verifiedAs(send, ALICE, PERSON)
    const http = await overHttp(store)
    try {
      for (let index = 0; index < LOOKUPS_PER_HOUR; index++)
        expect((await http.postAsIs('filing', { action: 'lookup' })).status).toBe(200)
      const over = await http.postAsIs('filing', { action: 'lookup' })
      expect(over.status).toBe(429)
      expect(over.body.error).toMatchObject({
        code: 'RATE_LIMITED',
        message: expect.stringContaining('12393'),
      })
      // Another caller is not held back by this one.
      await verifiedAs(send, BOB, { name: '李雷', idNumber: idNumber('420105', 62) })
      expect((await http.postAsIs('filing', { action: 'lookup' }, BOB)).status).toBe(200)
      store.clock.set('2026-05-01T03:00:01.000Z')
      expect((await http.postAsIs('filing', { action: 'lookup' })).status).toBe(200)
    } finally {
      await http.close()
    }
  })
})
