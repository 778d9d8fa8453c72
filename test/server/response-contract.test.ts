import type { FunctionName } from '@shared/envelope'
import {
  envelopeSchema,
  errorEnvelopeSchema,
  RESPONSE_SCHEMAS,
  type ResponseKey,
} from '@shared/schemas/responses.schema'
import { fileStoreCloudBase } from '../../server/adapters/cloudbase/file-store.cloudbase'
import { runFunction } from '../../server/functions/run'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { storageStandIn } from './cloud-storage-stand-in'
import { ALICE, BOB, draft, idNumber, PAYEE, PDF, STAFF, type TempStore, tempStore, upload } from './support'

let store: TempStore
beforeAll(() => {
  store = tempStore()
})
afterAll(() => store.dispose())

const answered = new Set<ResponseKey>()

/** Calls one action and holds its envelope to the contract; returns the data of a success. */
const call = async (
  name: FunctionName,
  event: { action: string } & Record<string, unknown>,
  caller = ALICE,
) => {
  const envelope = await store.call(name, event, caller)
  const key = `${name}.${event.action}` as ResponseKey
  const parsed = envelopeSchema(key).safeParse(envelope)
  if (!parsed.success)
    throw new Error(`${key}: ${parsed.error.message}\n${JSON.stringify(envelope).slice(0, 600)}`)
  if (envelope.ok) answered.add(key)
  // biome-ignore lint/suspicious/noExplicitAny: the schema above has just checked the shape
  return envelope as any
}

test('every action of every function answers in the shape of the contract', async () => {
  const quote = await call('filing', { action: 'quote', draft: draft() })
  expect(quote.ok).toBe(true)
  const filing = (await call('filing', { action: 'submit', draft: draft(), idempotencyKey: 'contract-0001' }))
    .data
  await call('filing', { action: 'list' })
  await call('filing', { action: 'lookup', insured: { name: '张三', idNumber: idNumber() } })
  await call('filing', { action: 'get', filingId: filing.filingId })
  await call('filing', {
    action: 'coverage',
    filingId: filing.filingId,
    admissionDate: '2026-05-02',
    hospital: { name: '北京协和医院' },
  })
  const trip = (
    await call('filing', {
      action: 'submit',
      draft: draft({
        filingType: 'temporary',
        insured: { name: '李四', idNumber: idNumber('420105', 9), phone: '13900139000' },
      }),
      idempotencyKey: 'contract-0003',
    })
  ).data
  await call('filing', { action: 'change', filingId: trip.filingId, destination: '310104' })

  const worker = draft({
    insured: { name: '王五', idNumber: idNumber('220102', 7), phone: '13700137000' },
    insuredRegion: '220100',
    filingType: 'resident_worker',
    commitment: { accepted: true, supplementLater: true },
  })
  const pending = (await call('filing', { action: 'submit', draft: worker, idempotencyKey: 'contract-0002' }))
    .data
  expect(pending.status).toBe('pending_supplement')
  const proof = await upload(store, ALICE, PDF)
  await call('filing', {
    action: 'supplement',
    filingId: pending.filingId,
    materials: [{ kind: 'residence_proof', fileID: proof }],
  })
  await call('staff', { action: 'queue', kind: 'filing' }, STAFF)
  await call('staff', { action: 'decide', kind: 'filing', id: pending.filingId, decision: 'approve' }, STAFF)
  await call('staff', { action: 'form', filingId: pending.filingId }, STAFF)
  await call('filing', { action: 'cancel', filingId: pending.filingId, reason: '工作变动' })

  // A registration the platform could not take (the embedded one always takes them: settled dead here).
  const [undelivered] = await store.ports.registrations.due('2100-01-01T00:00:00.000Z', 1)
  await store.ports.registrations.settle(undelivered.msgid, {
    state: 'dead',
    error: 'HTTP 503',
    at: '2026-05-01T03:00:00.000Z',
  })
  await call('staff', { action: 'registrations' }, STAFF)
  await call('staff', { action: 'note_registration', msgid: undelivered.msgid, note: '平台维护' }, STAFF)
  await call('staff', { action: 'retry_registration', msgid: undelivered.msgid }, STAFF)

  await call('claim', { action: 'checklist', insuredRegion: '360700', careType: 'inpatient' })
  await call('claim', {
    action: 'estimate',
    insuredRegion: '360700',
    insuranceType: 'employee',
    careType: 'inpatient',
    filed: true,
    filingType: 'referral',
    totalCost: 12000,
  })
  const claim = (
    await call('claim', {
      action: 'create',
      insured: { name: '赵六', idNumber: idNumber('360702', 5), phone: '13600136000' },
      insuredRegion: '360700',
      insuranceType: 'employee',
      careType: 'outpatient',
      hospital: { name: '北京协和医院', regionCode: '110101', level: 3 },
      admissionDate: '2026-04-01',
      totalCost: 800,
      idempotencyKey: 'contract-claim-1',
    })
  ).data
  const materials = []
  for (const { kind } of claim.missingMaterials)
    materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
  await call('claim', { action: 'attach', claimId: claim.claimId, materials })
  await call('claim', { action: 'submit', claimId: claim.claimId, payee: PAYEE })
  await call('claim', { action: 'payee', claimId: claim.claimId, payee: { ...PAYEE, kind: 'bank_card' } })
  await call('claim', { action: 'hospitals', q: 'rmyy' })
  await call(
    'staff',
    {
      action: 'import_hospitals',
      csv: 'code,name,region_code,level,kind,provincial_inpatient,provincial_outpatient,provincial_chronic,cross_inpatient,cross_outpatient,cross_chronic,source_doc,source_clause,as_of,illustrative\nH1101,北京朝阳医院,110105,3,综合,是,是,是,是,是,否,示例数据,演示行,2026-05-01,是',
    },
    STAFF,
  )
  await call('claim', { action: 'list' })
  await call('claim', { action: 'get', claimId: claim.claimId })
  await call('staff', { action: 'queue', kind: 'claim' }, STAFF)
  await call('claim', { action: 'withdraw', claimId: claim.claimId })

  const inbox = (await call('account', { action: 'notifications' })).data
  await call('account', { action: 'markRead', ids: [inbox.items[0].id] })
  await call('account', { action: 'whoami' })
  const consented = await call('account', { action: 'subscribed', accepted: ['supplement_deadline'] })
  expect(consented.data).toEqual({ consents: { supplement_deadline: 1 } })

  await call('faq', { action: 'search', q: '急诊没备案能报吗' })
  await call('faq', { action: 'search', q: 'qwertyzz' })
  await call('faq', { action: 'hot' })
  const asked = (
    await call('faq', {
      action: 'ask',
      question: '异地住院请护工的费用能报销吗',
      insuredRegion: '420100',
      q: '护工',
    })
  ).data
  await call('staff', { action: 'faq_questions' }, STAFF)
  await call('staff', { action: 'faq_answer', id: asked.id, answer: '护工费不属于医保支付范围。' }, STAFF)
  await call('faq', { action: 'feedback', id: 'emergency-without-filing', helpful: true, q: '急诊' })
  await call('faq', { action: 'missed', q: '护工钱谁出' })
  for (const question of ['老年证能当身份证用吗', '异地住院请陪护的钱能报吗']) {
    const id = (await call('faq', { action: 'ask', question, insuredRegion: '420100' })).data.id
    if (question.startsWith('老'))
      await call('staff', { action: 'faq_alias', id, entryId: 'type-retiree', text: question }, STAFF)
    else
      await call(
        'staff',
        {
          action: 'faq_draft',
          id,
          question: '异地住院请护工的费用能报销吗？',
          answer: '护工费不属于基本医疗保险基金支付范围。',
          doc: '本程序服务规则',
          clause: '经办答复',
        },
        STAFF,
      )
  }
  await call('faq', { action: 'additions' })
  await call('staff', { action: 'faq_weekly' }, STAFF)
  await call('account', { action: 'file_urls', fileIDs: [proof] })
  await call('account', { action: 'file_urls', fileIDs: [proof] }, STAFF)
  await call('account', { action: 'my_data' })
  await call('account', { action: 'erase', kind: 'claim', id: claim.claimId })
  // Direct uploads exist on CloudBase only: its file store over the stand-ins.
  const bucket = storageStandIn()
  const fileID = `cloud://env-1a2b.6465-env-1a2b-1300/uploads/${ALICE}/a.pdf`
  bucket.objects.set(fileID, PDF)
  const files = fileStoreCloudBase(cloudDbStandIn().db, bucket.storage)
  const uploaded = await runFunction('account', { action: 'upload', fileID }, ALICE, {
    ...store.ports,
    files,
  })
  expect(envelopeSchema('account.upload').parse(uploaded)).toMatchObject({ ok: true })
  answered.add('account.upload')

  await call('identity', { action: 'status' }, BOB)
  const verified = await call(
    'identity',
    { action: 'verify', name: '王五', idNumber: idNumber('110105', 31) },
    BOB,
  )
  expect(verified.data).toMatchObject({ verified: true, method: 'development' })
  const invitation = (await call('identity', { action: 'invite' }, BOB)).data
  const accepted = (await call('identity', { action: 'accept', code: invitation.code })).data
  expect((await call('identity', { action: 'members' }, BOB)).data.granted).toEqual([
    expect.objectContaining({ status: 'active', proxyName: expect.any(String) }),
  ])
  await call('identity', { action: 'end', authorisationId: accepted.authorisationId })

  const me = (await call('account', { action: 'whoami' })).data
  expect(me).toEqual({ uploadPrefix: `uploads/${ALICE}/`, staff: false })
  expect((await call('account', { action: 'whoami' }, STAFF)).data.staff).toBe(true)

  expect([...answered].sort()).toEqual(Object.keys(RESPONSE_SCHEMAS).sort())
})

test.each([
  [
    'filing',
    { action: 'submit', draft: { ...draft(), startDate: '2026-02-30' }, idempotencyKey: 'bad-0001' },
    ALICE,
  ],
  ['filing', { action: 'quote', draft: draft({ insuredRegion: '420100', filingType: 'emergency' }) }, ALICE],
  ['filing', { action: 'get', filingId: 'fl_nobody' }, BOB],
  ['staff', { action: 'queue', kind: 'claim' }, ALICE],
  ['claim', { action: 'submit', claimId: 'cl_missing' }, ALICE],
] as const)(
  '%s %o: an error envelope with a stable code and a Chinese message',
  async (name, event, caller) => {
    const envelope = await store.call(name, event, caller)
    expect(errorEnvelopeSchema.safeParse(envelope).success).toBe(true)
  },
)
