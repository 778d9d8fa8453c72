import { draft, errorOf, idNumber, type TempStore, tempStore } from './support'

let store: TempStore
beforeAll(() => {
  store = tempStore()
})
afterAll(() => store.dispose())

const good = draft()
const submit = (changed: unknown) => ({ action: 'submit', draft: changed, idempotencyKey: 'bad-input-key-1' })
const CHINESE = /[\u4e00-\u9fff]/

/** Each row: what a user could send wrong, and the field the error must name. */
test.each([
  ['missing action', 'filing', {}, 'action'],
  ['unknown action', 'filing', { action: 'drop_tables' }, 'action'],
  ['event is not an object', 'filing', 'submit', ''],
  [
    'ID check digit wrong',
    'filing',
    submit({ ...good, insured: { ...good.insured, idNumber: '420105198001011231' } }),
    'draft.insured.idNumber',
  ],
  [
    'ID too short',
    'filing',
    submit({ ...good, insured: { ...good.insured, idNumber: '4201' } }),
    'draft.insured.idNumber',
  ],
  [
    'name missing',
    'filing',
    submit({ ...good, insured: { ...good.insured, name: '' } }),
    'draft.insured.name',
  ],
  [
    'phone malformed',
    'filing',
    submit({ ...good, insured: { ...good.insured, phone: '12345' } }),
    'draft.insured.phone',
  ],
  ['unknown region', 'filing', submit({ ...good, insuredRegion: '999999' }), 'draft.insuredRegion'],
  ['impossible date', 'filing', submit({ ...good, startDate: '2026-02-30' }), 'draft.startDate'],
  [
    'wrong type of value',
    'filing',
    submit({ ...good, commitment: { accepted: 'yes' } }),
    'draft.commitment.accepted',
  ],
  ['unknown filing type', 'filing', submit({ ...good, filingType: 'holiday' }), 'draft.filingType'],
  [
    'markup in free text',
    'filing',
    submit({ ...good, filingType: 'emergency', emergency: { summary: '<script>' } }),
    'draft.emergency.summary',
  ],
  ['idempotency key missing', 'filing', { action: 'submit', draft: good }, 'idempotencyKey'],
  [
    'commitment not accepted',
    'filing',
    submit({ ...good, commitment: { accepted: false } }),
    'draft.commitment.accepted',
  ],
  [
    'proxy without consent',
    'filing',
    submit({ ...good, relation: 'child' }),
    'draft.commitment.proxyConsent',
  ],
  ['filing id with a path in it', 'filing', { action: 'get', filingId: '../../etc/passwd' }, 'filingId'],
  [
    'negative cost',
    'claim',
    {
      action: 'estimate',
      insuredRegion: '360700',
      insuranceType: 'employee',
      careType: 'inpatient',
      filed: true,
      totalCost: -1,
    },
    'totalCost',
  ],
  [
    'eligible above total',
    'claim',
    {
      action: 'estimate',
      insuredRegion: '360700',
      insuranceType: 'employee',
      careType: 'inpatient',
      filed: true,
      totalCost: 10,
      eligibleCost: 20,
    },
    'eligibleCost',
  ],
  [
    'discharge before admission',
    'claim',
    {
      action: 'create',
      insured: { name: '赵六', idNumber: idNumber(), phone: '13600136000' },
      insuredRegion: '360700',
      insuranceType: 'employee',
      careType: 'inpatient',
      hospital: { name: '协和', regionCode: '110101' },
      admissionDate: '2026-04-10',
      dischargeDate: '2026-04-01',
      totalCost: 100,
      idempotencyKey: 'bad-input-key-2',
    },
    'dischargeDate',
  ],
  ['empty materials', 'claim', { action: 'attach', claimId: 'cl_1', materials: [] }, 'materials'],
  ['empty faq question', 'faq', { action: 'search', q: '   ' }, 'q'],
  ['feedback without verdict', 'faq', { action: 'feedback', id: 'faq-1' }, 'helpful'],
])('%s (%s) → VALIDATION naming the field in Chinese, nothing written', async (_, fn, event, path) => {
  const error = errorOf(await store.call(fn as 'filing', event))
  expect(error.code).toBe('VALIDATION')
  expect(error.path ?? '').toBe(path)
  expect(error.message).toMatch(CHINESE)
  for (const table of ['filings', 'claims', 'outbox', 'faq_feedback']) expect(store.count(table)).toBe(0)
})

test('identity in the event body is ignored: the caller is whoever the platform says', async () => {
  const answer = await store.call('filing', {
    action: 'list',
    openid: 'someone-else',
    userInfo: { openId: 'x' },
  })
  expect(answer.ok).toBe(true)
})
