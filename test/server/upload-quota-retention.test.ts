import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { removeUnattachedUploads } from '../../server/use-cases/uploads'
import { ALICE, BOB, dataOf, draft, idNumber, JPEG, PDF, type TempStore, tempStore, upload } from './support'

let store: TempStore
beforeEach(() => {
  store = tempStore('2026-05-01T02:00:00.000Z')
})
afterEach(() => store.dispose())

const serve = async (uploadQuota: { filesPerDay: number; bytesPerDay: number }) => {
  const server = createHttpRuntime({
    ports: store.ports,
    production: false,
    healthy: () => true,
    log: () => {},
    uploadQuota,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const send = async (bytes: Buffer, openid = ALICE) => {
    const form = new FormData()
    form.append('file', new Blob([bytes]), 'proof.jpg')
    const response = await fetch(`${base}/api/upload`, {
      method: 'POST',
      headers: { 'X-Openid': openid },
      body: form,
    })
    return { status: response.status, body: await response.json() }
  }
  return { send, close: () => new Promise((resolve) => server.close(resolve)) }
}

const photo = (kb: number) => Buffer.concat([JPEG, Buffer.alloc(kb * 1024 - JPEG.length, 7)])

describe('daily upload quota per caller', () => {
  test.each([
    [
      'files',
      { filesPerDay: 3, bytesPerDay: 100 * 1024 * 1024 },
      10,
      '上传文件今天已达 3 个的上限，请明天再上传',
    ],
    ['bytes', { filesPerDay: 100, bytesPerDay: 1024 * 1024 }, 400, '本文件会超过每日 1 MB 的上限'],
  ])(
    'past the %s of a day: 429 RATE_LIMITED in Chinese, nothing stored; others go on, and tomorrow',
    async (_, quota, kb, message) => {
      const server = await serve(quota)
      const allowed = quota.filesPerDay === 3 ? 3 : 2
      for (let n = 0; n < allowed; n++) expect((await server.send(photo(kb))).status).toBe(200)
      const before = store.count('files')
      const refused = await server.send(photo(kb))
      expect(refused.status).toBe(429)
      expect(refused.body.error).toMatchObject({
        code: 'RATE_LIMITED',
        path: 'file',
        message: expect.stringContaining(message),
      })
      expect(store.count('files')).toBe(before)
      expect((await server.send(photo(kb), BOB)).status).toBe(200)
      store.clock.set('2026-05-01T16:00:00.000Z') // midnight in Shanghai
      expect((await server.send(photo(kb))).status).toBe(200)
      await server.close()
    },
  )
})

describe('uploads never attached are removed after the retention period', () => {
  test('only the old unattached one goes; materials, signature, supplement and claim files stay', async () => {
    const files = {
      filingMaterial: await upload(store, ALICE, PDF),
      signature: await upload(store),
      supplemented: await upload(store, ALICE, PDF),
      claimMaterial: await upload(store, ALICE, PDF),
      neverAttached: await upload(store),
    }
    const filing = dataOf(
      'filing.submit',
      await store.call('filing', {
        action: 'submit',
        idempotencyKey: 'retention-0001',
        draft: draft({
          insuredRegion: '220100',
          filingType: 'resident_worker',
          insured: { name: '李四', idNumber: idNumber('220102'), phone: '13900139000' },
          commitment: { accepted: true, supplementLater: true, signatureFileID: files.signature },
          materials: [{ kind: 'work_proof', fileID: files.filingMaterial }],
        }),
      }),
    )
    await store.call('filing', {
      action: 'supplement',
      filingId: filing.filingId,
      materials: [{ kind: 'residence_proof', fileID: files.supplemented }],
    })
    const claim = dataOf(
      'claim.create',
      await store.call('claim', {
        action: 'create',
        insured: { name: '赵六', idNumber: idNumber('360702', 5), phone: '13600136000' },
        insuredRegion: '360700',
        insuranceType: 'employee',
        careType: 'outpatient',
        hospital: { name: '北京协和医院', regionCode: '110101' },
        admissionDate: '2026-04-01',
        totalCost: 800,
        idempotencyKey: 'retention-claim-1',
      }),
    )
    await store.call('claim', {
      action: 'attach',
      claimId: claim.claimId,
      materials: [{ kind: 'invoice', fileID: files.claimMaterial }],
    })

    store.clock.set('2026-05-07T02:00:00.000Z')
    const recent = await upload(store)
    expect(await removeUnattachedUploads(store.ports)).toBe(0) // six days: nothing is old enough yet

    store.clock.set('2026-05-08T03:00:00.000Z')
    expect(await removeUnattachedUploads(store.ports)).toBe(1)
    const onDisk = (fileID: string) =>
      existsSync(path.join(store.dataDir, 'uploads', fileID.slice(2, 4), fileID))
    expect(await store.ports.files.read(files.neverAttached)).toBeUndefined()
    expect(onDisk(files.neverAttached)).toBe(false)
    for (const kept of [
      files.filingMaterial,
      files.signature,
      files.supplemented,
      files.claimMaterial,
      recent,
    ]) {
      expect((await store.ports.files.read(kept))?.file.fileID).toBe(kept)
      expect(onDisk(kept)).toBe(true)
    }
  })
})
