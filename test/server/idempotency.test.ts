import { ALICE, BOB, draft, idNumber, inpatientClaim, overHttp, type TempStore, tempStore } from './support'

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

const post = (name: string, event: unknown, openid = ALICE) => http.post(name, event, openid)

const claimRequest = (changes: Record<string, unknown> = {}) => inpatientClaim(changes)

const KINDS = {
  filing: {
    table: 'filings',
    idOf: (data: { filingId: string }) => data.filingId,
    send: (changes: Record<string, unknown>, key: string, openid = ALICE) =>
      post(
        'filing',
        { action: 'submit', draft: draft({ filingType: 'temporary', ...changes }), idempotencyKey: key },
        openid,
      ),
    first: {},
    // Key order of the JSON and an x for X change nothing: the request is compared after parsing.
    sameAgain: { insured: { phone: '13800138000', idNumber: idNumber().toLowerCase(), name: ' 张三 ' } },
    edited: [
      ['the destination edited after a timeout', { destination: '310104' }],
      [
        'another person',
        { insured: { name: '张三', idNumber: idNumber('420105', 7), phone: '13800138000' } },
      ],
      ['承诺补充 chosen after all', { commitment: { accepted: true, supplementLater: true } }],
    ],
  },
  claim: {
    table: 'claims',
    idOf: (data: { claimId: string }) => data.claimId,
    send: (changes: Record<string, unknown>, key: string, openid = ALICE) =>
      post('claim', { action: 'create', ...claimRequest(changes), idempotencyKey: key }, openid),
    first: {},
    sameAgain: { hospital: { level: 3, regionCode: '110101', name: '北京协和医院' } },
    edited: [
      ['the total corrected', { totalCost: 21000 }],
      ['another hospital', { hospital: { name: '北京大学第一医院', regionCode: '110102', level: 3 } }],
      [
        'another person',
        { insured: { name: '赵六', idNumber: idNumber('360702', 6), phone: '13600136000' } },
      ],
    ],
  },
} as const

describe.each(Object.entries(KINDS))('%s: one idempotency key, one request', (_, kind) => {
  const count = () => store.count(kind.table)

  test('the same request again returns the first record and writes nothing', async () => {
    const first = await kind.send(kind.first, 'same-key-0001')
    expect(first.status).toBe(200)
    const again = await kind.send(kind.sameAgain, 'same-key-0001')
    expect(again.status).toBe(200)
    expect(kind.idOf(again.body.data)).toBe(kind.idOf(first.body.data))
    expect(count()).toBe(1)
  })

  test.each(kind.edited)(
    '%s under the same key is refused with 422 and writes nothing',
    async (_, changes) => {
      const first = await kind.send(kind.first, 'same-key-0002')
      const before = store.db.prepare(`SELECT doc, version FROM ${kind.table}`).all()
      const reused = await kind.send(changes as Record<string, unknown>, 'same-key-0002')
      expect(reused.status).toBe(422)
      expect(reused.body.error).toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
        path: 'idempotencyKey',
        message: expect.stringMatching(/^请求编号（idempotencyKey）已用于内容不同的另一次.+提交/),
      })
      expect(store.db.prepare(`SELECT doc, version FROM ${kind.table}`).all()).toEqual(before)
      // The first request, retried, still gets its record.
      expect(kind.idOf((await kind.send(kind.first, 'same-key-0002')).body.data)).toBe(
        kind.idOf(first.body.data),
      )
    },
  )

  test('two different requests racing on one key: one is recorded, the other refused', async () => {
    const [a, b] = await Promise.all([
      kind.send(kind.first, 'race-key-0001'),
      kind.send(kind.edited[0][1] as Record<string, unknown>, 'race-key-0001'),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 422])
    expect(count()).toBe(1)
  })

  test('the same key from another caller is another request', async () => {
    await kind.send(kind.first, 'shared-key-001')
    expect(
      (await kind.send(kind.edited[0][1] as Record<string, unknown>, 'shared-key-001', BOB)).status,
    ).toBe(200)
    expect(count()).toBe(2)
  })

  test('a record stored before fingerprints were kept is returned for its key, as before', async () => {
    const first = await kind.send(kind.first, 'legacy-key-001')
    store.db.prepare(`UPDATE ${kind.table} SET doc = json_remove(doc, '$.requestHash')`).run()
    const again = await kind.send(kind.edited[0][1] as Record<string, unknown>, 'legacy-key-001')
    expect(kind.idOf(again.body.data)).toBe(kind.idOf(first.body.data))
  })
})
