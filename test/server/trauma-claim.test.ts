// 济宁 五(二): an injury claim asks for the 外伤无第三方责任承诺书, through the real claim function and SQLite store;
// submitting without it is refused naming it, and with it attached the claim goes in.
import {
  ALICE,
  claimOf,
  dataOf,
  errorOf,
  idNumber,
  inpatientClaim,
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

const JINING = '370800'
const injuryClaim = (injury: boolean, key: string) =>
  store.call(
    'claim',
    {
      action: 'create',
      ...inpatientClaim({
        insuredRegion: JINING,
        insured: { name: '孔伟', idNumber: idNumber('370811', 41), phone: '13800138041' },
      }),
      ...(injury ? { injury: true } : {}),
      idempotencyKey: key,
    },
    ALICE,
  )

test('the checklist action adds the commitment for an injury in Jining, with its clause', async () => {
  const checklist = dataOf(
    'claim.checklist',
    await store.call('claim', {
      action: 'checklist',
      insuredRegion: JINING,
      careType: 'outpatient',
      injury: true,
    }),
  )
  expect(checklist.materials.find((item) => item.kind === 'trauma_commitment')).toMatchObject({
    required: true,
    source: { clause: '五(二)' },
  })
})

test('an injury claim cannot be submitted without the commitment, and can with it', async () => {
  const claim = claimOf(await injuryClaim(true, 'trauma-claim-0001'))
  expect(claim.injury).toBe(true)
  expect(claim.missingMaterials.map((item) => item.kind)).toContain('trauma_commitment')

  const others = claim.missingMaterials.filter((item) => item.kind !== 'trauma_commitment')
  const materials = []
  for (const { kind } of others) materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
  await store.call('claim', { action: 'attach', claimId: claim.claimId, materials }, ALICE)
  const refused = errorOf(await store.call('claim', { action: 'submit', claimId: claim.claimId }, ALICE))
  expect(refused.message).toContain('外伤无第三方责任承诺书')

  const commitment = [{ kind: 'trauma_commitment', fileID: await upload(store, ALICE, PDF) }]
  await store.call('claim', { action: 'attach', claimId: claim.claimId, materials: commitment }, ALICE)
  const submitted = claimOf(await store.call('claim', { action: 'submit', claimId: claim.claimId }, ALICE))
  expect(submitted.status).toBe('submitted')
})

test('the same claim without an injury does not ask for it', async () => {
  const claim = claimOf(await injuryClaim(false, 'trauma-claim-0002'))
  expect(claim.injury).toBe(false)
  expect(claim.missingMaterials.map((item) => item.kind)).not.toContain('trauma_commitment')
})
