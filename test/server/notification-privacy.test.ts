// Messages travel to WeChat and sit on a phone's lock screen: whatever happens to a record, what is written
// into the outbox and shown in 消息 never holds the full ID number or the diagnosis.
import { addDays, todayInShanghai } from '@shared/time/calendar'
import { remindSupplements } from '../../server/use-cases/notify/remind-supplements'
import {
  ALICE,
  approveWith,
  claimOf,
  data,
  dataOf,
  draft,
  idNumber,
  jilinWorker,
  PAYEE,
  PDF,
  payWith,
  STAFF,
  type TempStore,
  tempStore,
  upload,
} from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore()
})
afterEach(() => store.dispose())

const DIAGNOSIS = '右肺上叶恶性肿瘤'

test('no notification carries the full ID number or the diagnosis', async () => {
  const referralId = idNumber('420105', 41)
  const referralRecord = await upload(store, ALICE, PDF)
  const referral = dataOf(
    'filing.submit',
    await store.call('filing', {
      action: 'submit',
      draft: draft({
        insured: { name: '张三', idNumber: referralId, phone: '13800138000' },
        filingType: 'referral',
        referral: { fromHospital: '武汉协和医院', diagnosis: DIAGNOSIS, summary: `${DIAGNOSIS}，需转诊` },
        materials: [{ kind: 'referral_record', fileID: referralRecord }],
      }),
      idempotencyKey: 'privacy-0001',
    }),
  )
  const workerId = idNumber('220102', 42)
  const worker = dataOf(
    'filing.submit',
    await store.call('filing', {
      action: 'submit',
      draft: jilinWorker(42),
      idempotencyKey: 'privacy-0002',
    }),
  )
  store.clock.set(`${addDays(worker.supplementDeadline!, -1)}T02:00:00.000Z`)
  await remindSupplements(store.ports)
  data(
    await store.call('filing', {
      action: 'supplement',
      filingId: worker.filingId,
      materials: [{ kind: 'residence_proof', fileID: await upload(store) }],
    }),
  )
  // A reviewer who pastes the number into a note: the message still carries it masked.
  data(
    await store.call(
      'staff',
      {
        action: 'decide',
        kind: 'filing',
        id: worker.filingId,
        decision: 'request_more',
        note: `请核对${workerId}的居住证`,
      },
      STAFF,
    ),
  )
  const claimId = idNumber('360702', 43)
  const claim = dataOf(
    'claim.create',
    await store.call('claim', {
      action: 'create',
      insured: { name: '赵六', idNumber: claimId, phone: '13600136000' },
      insuredRegion: '360700',
      insuranceType: 'employee',
      filingId: referral.filingId,
      careType: 'inpatient',
      hospital: { name: '北京协和医院', regionCode: '110101', level: 3 },
      admissionDate: '2026-04-01',
      dischargeDate: '2026-04-05',
      totalCost: 5000,
      payee: PAYEE,
      idempotencyKey: 'privacy-0003',
    }),
  )
  const materials = []
  for (const { kind } of claim.missingMaterials)
    materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
  data(await store.call('claim', { action: 'attach', claimId: claim.claimId, materials }))
  data(await store.call('claim', { action: 'submit', claimId: claim.claimId }))
  const decide = (decision: string, money: object) =>
    store.call('staff', { action: 'decide', kind: 'claim', id: claim.claimId, decision, ...money }, STAFF)
  const approved = claimOf(await decide('approve', approveWith(claim)))
  data(await decide('mark_paid', payWith(approved, todayInShanghai(store.clock.now()))))

  const outbox = JSON.stringify(store.db.prepare('SELECT * FROM outbox').all())
  const inbox = JSON.stringify(data(await store.call('account', { action: 'notifications' })))
  expect(store.count('outbox')).toBeGreaterThanOrEqual(5)
  for (const written of [outbox, inbox]) {
    for (const number of [referralId, workerId, claimId]) expect(written).not.toContain(number)
    expect(written).not.toContain(DIAGNOSIS)
  }
  expect(inbox).toContain(`请核对${workerId.slice(0, 4)}**********${workerId.slice(-4)}的居住证`)
})
