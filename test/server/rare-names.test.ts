import type { AddressInfo } from 'node:net'
import { createHttpRuntime } from '../../server/runtime/http-runtime'
import { prepareIdentityOverHttp } from '../identity-prelude'
import { ALICE, draft, idNumber, STAFF, type TempStore, tempStore } from './support'

let store: TempStore
let base: string
let server: ReturnType<typeof createHttpRuntime>

beforeAll(async () => {
  store = tempStore()
  server = createHttpRuntime({ ports: store.ports, production: false, healthy: () => true, log: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await store.dispose()
})

const fn = async (name: string, event: unknown, openid = ALICE) => {
  await prepareIdentityOverHttp(base, openid, name, event)
  const response = await fetch(`${base}/api/fn/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
    body: JSON.stringify(event),
  })
  return response.json()
}

// 𬌗 is U+2C317 (Extension E); 豈 U+F900 is a compatibility ideograph that NFC would turn into 豈 U+8C48.
test.each([
  ['李𬌗', 1],
  [`陈${String.fromCodePoint(0xf900)}${String.fromCodePoint(0x2a6d6)}`, 2],
])(
  '%s travels whole from submit over HTTP to the store, the list and the staff form',
  async (name, serial) => {
    const insured = { name, idNumber: idNumber('420105', serial), phone: '13800138000' }
    const submitted = await fn('filing', {
      action: 'submit',
      draft: draft({ insured, filingType: 'temporary' }),
      idempotencyKey: `rare-name-${serial}`,
    })
    expect(submitted.ok).toBe(true)
    const { filingId } = submitted.data
    expect(submitted.data.insured.name).toBe(name)

    const stored = store.db.prepare(
      "SELECT json_extract(doc, '$.insured.name') AS name FROM filings WHERE id = ?",
    )
    expect((stored.get(filingId) as { name: string }).name).toBe(name)
    const listed = await fn('filing', { action: 'list' })
    expect(
      listed.data.items.find((item: { filingId: string }) => item.filingId === filingId).insured,
    ).toEqual({
      name,
      idNumberMasked: expect.stringMatching(/^4201\*{10}\d{3}[\dX]$/),
    })
    const form = await fn('staff', { action: 'form', filingId }, STAFF)
    expect(form.data.姓名).toBe(name)
    expect(Buffer.from(form.data.姓名, 'utf8')).toEqual(Buffer.from(name, 'utf8'))
  },
)
