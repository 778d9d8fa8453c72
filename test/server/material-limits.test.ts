// Materials on one record are bounded per kind and in all, and the same file is never attached twice: a
// script calling supplement in a loop cannot grow a record without limit.
import { MATERIAL_LABELS } from '@shared/policy/materials'
import { MATERIAL_LIMITS } from '@shared/rules/material-limits'
import { ALICE, inpatientClaim, JPEG, jilinWorker, PDF, servedPerTest, upload } from './support'

const served = servedPerTest()

const supplement = async (filingId: string, fileIDs: string[]) =>
  served.http.post('filing', {
    action: 'supplement',
    filingId,
    materials: fileIDs.map((fileID) => ({ kind: 'residence_proof', fileID })),
  })

test('the same file twice is refused, and nothing is added', async () => {
  const { filingId } = (
    await served.http.post('filing', {
      action: 'submit',
      draft: jilinWorker(8),
      idempotencyKey: 'limits-0001',
    })
  ).body.data
  const file = await upload(served.store)
  expect((await supplement(filingId, [file])).status).toBe(200)
  const again = await supplement(filingId, [file])
  expect(again.status).toBe(400)
  expect(again.body.error).toMatchObject({
    code: 'VALIDATION',
    path: 'materials',
    message: expect.stringContaining('重复'),
  })
  const fresh = await upload(served.store)
  expect((await supplement(filingId, [fresh, fresh])).status).toBe(400)
  expect((await served.http.post('filing', { action: 'get', filingId })).body.data.materials).toHaveLength(1)
})

test(`past ${MATERIAL_LIMITS.perKind} of one kind, the next supplement is refused`, async () => {
  const { filingId } = (
    await served.http.post('filing', {
      action: 'submit',
      draft: jilinWorker(9),
      idempotencyKey: 'limits-0002',
    })
  ).body.data
  for (let n = 0; n < MATERIAL_LIMITS.perKind; n++)
    expect((await supplement(filingId, [await upload(served.store)])).status).toBe(200)
  const refused = await supplement(filingId, [await upload(served.store)])
  expect(refused.status).toBe(400)
  expect(refused.body.error.message).toContain(`最多 ${MATERIAL_LIMITS.perKind} 份`)
  const filing = (await served.http.post('filing', { action: 'get', filingId })).body.data
  expect(filing.materials).toHaveLength(MATERIAL_LIMITS.perKind)
})

test('the same photo uploaded twice is one file: refused by its content, the message names both places', async () => {
  const { filingId } = (
    await served.http.post('filing', {
      action: 'submit',
      draft: jilinWorker(10),
      idempotencyKey: 'limits-0003',
    })
  ).body.data
  const first = await upload(served.store, ALICE, JPEG, true)
  const again = await upload(served.store, ALICE, JPEG, true)
  expect(first).not.toBe(again)
  expect((await supplement(filingId, [first])).status).toBe(200)
  const refused = await supplement(filingId, [again])
  expect(refused.status).toBe(400)
  const label = MATERIAL_LABELS.residence_proof
  expect(refused.body.error).toMatchObject({
    code: 'VALIDATION',
    path: 'materials',
    message: `这次添加的第 1 份材料“${label}”与已添加的第 1 份“${label}”是同一个文件，不能重复添加`,
  })
  const twin = await supplement(filingId, [
    await upload(served.store),
    await upload(served.store, ALICE, PDF, true),
    await upload(served.store, ALICE, PDF, true),
  ])
  expect(twin.body.error.message).toBe(
    `这次添加的第 3 份材料“${label}”与这次添加的第 2 份是同一个文件，不能重复添加`,
  )
  expect((await served.http.post('filing', { action: 'get', filingId })).body.data.materials).toHaveLength(1)
})

test('a claim and a new filing refuse the same content twice too', async () => {
  const claim = (
    await served.http.post('claim', {
      action: 'create',
      ...inpatientClaim(),
      idempotencyKey: 'limits-claim-0001',
    })
  ).body.data
  const [a, b] = [await upload(served.store, ALICE, PDF, true), await upload(served.store, ALICE, PDF, true)]
  const attach = (fileID: string) =>
    served.http.post('claim', {
      action: 'attach',
      claimId: claim.claimId,
      materials: [{ kind: 'invoice', fileID }],
    })
  expect((await attach(a)).status).toBe(200)
  expect((await attach(b)).body.error.message).toContain(
    `已添加的第 1 份“${MATERIAL_LABELS.invoice}”是同一个文件`,
  )

  const [c, d] = [
    await upload(served.store, ALICE, JPEG, true),
    await upload(served.store, ALICE, JPEG, true),
  ]
  const submitted = await served.http.post('filing', {
    action: 'submit',
    draft: jilinWorker(11, {
      materials: [
        { kind: 'residence_proof', fileID: c },
        { kind: 'residence_proof', fileID: d },
      ],
    }),
    idempotencyKey: 'limits-0004',
  })
  expect(submitted.status).toBe(400)
  expect(submitted.body.error.message).toContain('与这次添加的第 1 份是同一个文件')
})

test(`past ${MATERIAL_LIMITS.perRecord} materials in all, the next is refused whatever its kind`, async () => {
  const claim = (
    await served.http.post('claim', {
      action: 'create',
      ...inpatientClaim(),
      idempotencyKey: 'limits-claim-0002',
    })
  ).body.data
  const kinds = ['invoice', 'cost_list', 'discharge_record', 'other'] as const
  for (const kind of kinds) {
    const materials = []
    for (let n = 0; n < MATERIAL_LIMITS.perKind; n++)
      materials.push({ kind, fileID: await upload(served.store, ALICE, PDF) })
    expect(
      (await served.http.post('claim', { action: 'attach', claimId: claim.claimId, materials })).status,
    ).toBe(200)
  }
  const refused = await served.http.post('claim', {
    action: 'attach',
    claimId: claim.claimId,
    materials: [{ kind: 'claim_form', fileID: await upload(served.store, ALICE, PDF) }],
  })
  expect(refused.status).toBe(400)
  expect(refused.body.error.message).toBe(`每件事项最多 ${MATERIAL_LIMITS.perRecord} 份材料，已达上限`)
  expect(
    (await served.http.post('claim', { action: 'get', claimId: claim.claimId })).body.data.materials,
  ).toHaveLength(MATERIAL_LIMITS.perRecord)
})
