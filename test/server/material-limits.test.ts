// Materials on one record are bounded per kind and in all, and the same file is never attached twice: a
// script calling supplement in a loop cannot grow a record without limit.
import { MATERIAL_LIMITS } from '@shared/rules/material-limits'
import { jilinWorker, overHttp, type TempStore, tempStore, upload } from './support'

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

const supplement = async (filingId: string, fileIDs: string[]) =>
  http.post('filing', {
    action: 'supplement',
    filingId,
    materials: fileIDs.map((fileID) => ({ kind: 'residence_proof', fileID })),
  })

test('the same file twice is refused, and nothing is added', async () => {
  const { filingId } = (
    await http.post('filing', { action: 'submit', draft: jilinWorker(8), idempotencyKey: 'limits-0001' })
  ).body.data
  const file = await upload(store)
  expect((await supplement(filingId, [file])).status).toBe(200)
  const again = await supplement(filingId, [file])
  expect(again.status).toBe(400)
  expect(again.body.error).toMatchObject({
    code: 'VALIDATION',
    path: 'materials',
    message: expect.stringContaining('重复'),
  })
  const fresh = await upload(store)
  expect((await supplement(filingId, [fresh, fresh])).status).toBe(400)
  expect((await http.post('filing', { action: 'get', filingId })).body.data.materials).toHaveLength(1)
})

test(`past ${MATERIAL_LIMITS.perKind} of one kind, the next supplement is refused`, async () => {
  const { filingId } = (
    await http.post('filing', { action: 'submit', draft: jilinWorker(9), idempotencyKey: 'limits-0002' })
  ).body.data
  for (let n = 0; n < MATERIAL_LIMITS.perKind; n++)
    expect((await supplement(filingId, [await upload(store)])).status).toBe(200)
  const refused = await supplement(filingId, [await upload(store)])
  expect(refused.status).toBe(400)
  expect(refused.body.error.message).toContain(`最多 ${MATERIAL_LIMITS.perKind} 份`)
  const filing = (await http.post('filing', { action: 'get', filingId })).body.data
  expect(filing.materials).toHaveLength(MATERIAL_LIMITS.perKind)
})
