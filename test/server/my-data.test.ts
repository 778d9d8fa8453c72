// 我的数据 over the real SQLite store: what is held about the caller, and deletion of finished records —
// uploads and sealed fields go, the case file stays, and nothing still in progress is touched.
import { ERASURE } from '@shared/policy/erasure'
import { CLAIM_STATUSES } from '@shared/policy/vocabulary'
import { addDays } from '@shared/time/calendar'
import type { ClaimRecord } from '../../server/ports/claims'
import { deliverRegistrations } from '../../server/use-cases/registration/deliver-registrations'
import {
  ALICE,
  BOB,
  dataOf,
  draft,
  errorOf,
  inpatientClaim,
  jilinWorker,
  PDF,
  type TempStore,
  tempStore,
  upload,
} from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const submit = async (caller = ALICE, key = `key-${caller}-1`, overrides = {}) => {
  const signature = await upload(store, caller)
  const proof = await upload(store, caller, PDF)
  return dataOf(
    'filing.submit',
    await store.call(
      'filing',
      {
        action: 'submit',
        draft: jilinWorker(caller === ALICE ? 1 : 2, {
          commitment: { accepted: true, supplementLater: true, signatureFileID: signature },
          materials: [{ kind: 'other', fileID: proof }],
          ...overrides,
        }),
        idempotencyKey: key,
      },
      caller,
    ),
  )
}

const myData = async (caller = ALICE) =>
  dataOf('account.my_data', await store.call('account', { action: 'my_data' }, caller))
const erase = (kind: 'filing' | 'claim', id: string, caller = ALICE) =>
  store.call('account', { action: 'erase', kind, id }, caller)
const storedDoc = (table: 'filings' | 'claims', id: string) =>
  JSON.parse((store.db.prepare(`SELECT doc FROM ${table} WHERE id = ?`).get(id) as { doc: string }).doc)

/** The 承诺补充 filing lapses the day after its supplement deadline: 已过期, finished. */
const lapse = (deadline: string) => store.clock.set(`${addDays(deadline, 1)}T02:00:00.000Z`)

test('my_data lists only the caller’s own records, uploads and messages, with no ID number', async () => {
  const filing = await submit()
  await submit(BOB)
  const seen = await myData()
  expect(seen.records).toEqual([
    expect.objectContaining({
      kind: 'filing',
      id: filing.filingId,
      person: '李四',
      status: '待补充材料',
      finished: false,
      materials: 1,
    }),
  ])
  expect(seen.uploads.count).toBe(2)
  expect(seen.uploads.bytes).toBeGreaterThan(0)
  expect(JSON.stringify(seen)).not.toMatch(/\d{17}[\dX]|\*{10}/)
})

test('a filing still in progress is not deleted, with a Chinese reason naming its status', async () => {
  const filing = await submit()
  const refused = errorOf(await erase('filing', filing.filingId))
  expect(refused).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('待补充材料') })
  expect(storedDoc('filings', filing.filingId).insured.idNumberSealed).not.toBe('')
  expect(await store.ports.files.read(filing.materials[0].fileID)).toBeDefined()
})

test('a lapsed filing: uploads and sealed fields deleted, the case file kept, asked twice is refused', async () => {
  const filing = await submit()
  lapse(filing.supplementDeadline!)
  expect((await myData()).records[0]).toMatchObject({ status: '已过期', finished: true })

  const erased = dataOf('account.erase', await erase('filing', filing.filingId))
  expect(erased.filesRemoved).toBe(2)
  expect(await store.ports.files.read(filing.materials[0].fileID)).toBeUndefined()
  expect(store.count('files')).toBe(0)
  const doc = storedDoc('filings', filing.filingId)
  expect(doc.insured).toMatchObject({
    idNumberSealed: '',
    phone: '',
    name: '李四',
    idNumberMasked: filing.insured.idNumberMasked,
  })
  expect(doc.draft.commitment.signatureFileID).toBeUndefined()
  expect(doc.materials).toEqual([])

  const view = dataOf('filing.get', await store.call('filing', { action: 'get', filingId: filing.filingId }))
  expect(view.history.at(-1)).toMatchObject({ action: 'erase' })
  expect(view.validFrom).toBe(filing.validFrom)
  expect((await myData()).records[0].erasedAt).toEqual(expect.any(String))
  expect(errorOf(await erase('filing', filing.filingId)).message).toContain('已经删除')
})

test('another person’s record is not found, and nothing of it changes', async () => {
  const filing = await submit()
  lapse(filing.supplementDeadline!)
  expect(errorOf(await erase('filing', filing.filingId, BOB)).code).toBe('NOT_FOUND')
  expect(storedDoc('filings', filing.filingId).insured.idNumberSealed).not.toBe('')
  expect(store.count('files')).toBe(2)
})

test('a cancelled filing waits until the 医保信息平台 has the cancellation, then is deleted', async () => {
  const filing = dataOf(
    'filing.submit',
    await store.call('filing', {
      action: 'submit',
      draft: draft({ filingType: 'temporary' }),
      idempotencyKey: 'temporary-1',
    }),
  )
  await deliverRegistrations(store.ports)
  dataOf(
    'filing.cancel',
    await store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '不去了' }),
  )
  expect(errorOf(await erase('filing', filing.filingId)).message).toContain('医保信息平台')
  await deliverRegistrations(store.ports)
  expect(dataOf('account.erase', await erase('filing', filing.filingId)).kind).toBe('filing')
})

test('a photo also attached to a claim still in progress is kept when the filing is deleted', async () => {
  const filing = await submit()
  const shared = filing.materials[0].fileID
  const claim = dataOf(
    'claim.create',
    await store.call('claim', { action: 'create', ...inpatientClaim(), idempotencyKey: 'claim-key-1' }),
  )
  dataOf(
    'claim.attach',
    await store.call('claim', {
      action: 'attach',
      claimId: claim.claimId,
      materials: [{ kind: 'invoice', fileID: shared }],
    }),
  )
  lapse(filing.supplementDeadline!)
  expect(dataOf('account.erase', await erase('filing', filing.filingId)).filesRemoved).toBe(1)
  expect(await store.ports.files.read(shared)).toBeDefined()
})

// Every claim status, from the vocabulary: only the finished ones (ERASURE.claim.finished) may be deleted.
test.each(CLAIM_STATUSES.map((status) => [status, ERASURE.claim.finished.includes(status)] as const))(
  'a claim that is %s may be deleted: %s',
  async (status, erasable) => {
    const invoice = await upload(store)
    const claim = dataOf(
      'claim.create',
      await store.call('claim', {
        action: 'create',
        ...inpatientClaim(),
        idempotencyKey: `claim-key-${status}`,
      }),
    )
    dataOf(
      'claim.attach',
      await store.call('claim', {
        action: 'attach',
        claimId: claim.claimId,
        materials: [{ kind: 'invoice', fileID: invoice }],
      }),
    )
    const record = (await store.ports.claims.get(claim.claimId)) as ClaimRecord
    expect(await store.ports.claims.replace({ ...record, status }, record.version)).toBe(true)

    const answer = await erase('claim', claim.claimId)
    const doc = storedDoc('claims', claim.claimId)
    if (erasable) {
      expect(dataOf('account.erase', answer).filesRemoved).toBe(1)
      expect(doc.insured.idNumberSealed).toBe('')
      expect(await store.ports.files.read(invoice)).toBeUndefined()
    } else {
      expect(errorOf(answer)).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/还在办理中/),
      })
      expect(doc.insured.idNumberSealed).not.toBe('')
      expect(await store.ports.files.read(invoice)).toBeDefined()
    }
  },
)

test('erase names the field of a bad request and writes nothing', async () => {
  const refused = errorOf(await store.call('account', { action: 'erase', kind: 'photo', id: 'x' }))
  expect(refused).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('备案还是报销') })
})
