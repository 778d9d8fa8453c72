import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ALICE,
  BOB,
  data,
  dataOf,
  draft,
  errorOf,
  filingsIn,
  idNumber,
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

const submit = async (overrides = {}, key = `key-${Math.random()}`, caller = ALICE) =>
  store.call('filing', { action: 'submit', draft: draft(overrides), idempotencyKey: key }, caller)

describe('filing journeys', () => {
  test('quote explains the filing and writes nothing', async () => {
    const quote = dataOf('filing.quote', await store.call('filing', { action: 'quote', draft: draft() }))
    expect(quote.target.code).toBe('110000')
    expect(quote.commitments.length).toBeGreaterThan(0)
    expect(store.count('filings')).toBe(0)
  })

  test('a hubei long-term filing is effective at once, listed, and locked against cancel for 6 months', async () => {
    const filing = dataOf('filing.submit', await submit())
    expect(filing.status).toBe('effective')
    const list = dataOf('filing.list', await store.call('filing', { action: 'list' }))
    expect(list.items.map((item) => item.filingId)).toEqual([filing.filingId])
    const refused = errorOf(
      await store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '回老家' }),
    )
    expect(refused.code).toBe('POLICY.CHANGE_LOCKED')
    expect(refused.source).toBeDefined()

    store.clock.set('2026-11-02T02:00:00.000Z')
    const cancelled = dataOf(
      'filing.cancel',
      await store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '回老家' }),
    )
    expect(cancelled.status).toBe('cancelled')
    expect(cancelled.history.map((entry) => entry.action)).toEqual(['submit', 'cancel'])
    const again = errorOf(
      await store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '再撤' }),
    )
    expect(again.code).toBe('CONFLICT')
  })

  // 赣 一(四) “原则上一年内不得变更或取消”; 医保发〔2022〕22号 caps 跨省 filings at 6 months. The server decides the
  // scope from the stored filing's regions, not from anything the request says.
  test.each([
    [
      'inside Jiangxi (南昌)',
      '360100',
      '2027-04-30T02:00:00.000Z',
      '2027-05-01T02:00:00.000Z',
      '赣市医保字〔2019〕21号',
    ],
    ['跨省 (广州)', '440100', '2026-10-31T02:00:00.000Z', '2026-11-01T02:00:00.000Z', '医保发〔2022〕22号'],
  ])(
    'a ganzhou long-term filing %s is locked until its own day',
    async (_where, destination, locked, open, doc) => {
      const filing = dataOf(
        'filing.submit',
        await submit({
          insuredRegion: '360700',
          filingType: 'long_term_resident',
          destination,
          insured: { name: '王秀英', idNumber: idNumber('360702'), phone: '13700137000' },
        }),
      )
      store.clock.set(locked)
      const refused = errorOf(
        await store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '回老家' }),
      )
      expect(refused).toMatchObject({ code: 'POLICY.CHANGE_LOCKED', source: { doc } })
      store.clock.set(open)
      const cancelled = dataOf(
        'filing.cancel',
        await store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '回老家' }),
      )
      expect(cancelled.status).toBe('cancelled')
    },
  )

  test('jilin 承诺补充: pending until the proof is supplemented, then effective and queued for staff', async () => {
    const filing = dataOf(
      'filing.submit',
      await submit({
        insuredRegion: '220100',
        filingType: 'resident_worker',
        insured: { name: '李四', idNumber: idNumber('220102'), phone: '13900139000' },
        commitment: { accepted: true, supplementLater: true },
      }),
    )
    expect(filing.status).toBe('pending_supplement')
    expect(filing.supplementDeadline).toBe('2026-07-30')
    expect((await store.ports.outbox.pending()).map((note) => note.kind)).toEqual(['supplement_deadline'])

    const fileID = await upload(store)
    const supplemented = dataOf(
      'filing.supplement',
      await store.call('filing', {
        action: 'supplement',
        filingId: filing.filingId,
        materials: [{ kind: 'residence_proof', fileID }],
      }),
    )
    expect(supplemented.status).toBe('effective')
    const queue = { items: filingsIn(await store.call('staff', { action: 'queue', kind: 'filing' }, STAFF)) }
    expect(queue.items.map((item) => item.filingId)).toEqual([filing.filingId])
  })

  test('a pending filing past its supplement deadline counts as lapsed and frees the person for a new one', async () => {
    const jilin = {
      insuredRegion: '220100',
      filingType: 'resident_worker' as const,
      insured: { name: '李四', idNumber: idNumber('220102'), phone: '13900139000' },
      commitment: { accepted: true, supplementLater: true },
    }
    const filing = dataOf('filing.submit', await submit(jilin))
    expect(errorOf(await submit({ ...jilin, destination: '310101' })).code).toBe('CONFLICT')
    store.clock.set('2026-08-01T02:00:00.000Z')
    const got = dataOf('filing.get', await store.call('filing', { action: 'get', filingId: filing.filingId }))
    expect(got.status).toBe('expired')
    const fileID = await upload(store)
    const late = errorOf(
      await store.call('filing', {
        action: 'supplement',
        filingId: filing.filingId,
        materials: [{ kind: 'residence_proof', fileID }],
      }),
    )
    expect(late.code).toBe('CONFLICT')
    expect(dataOf('filing.submit', await submit({ ...jilin, startDate: '2026-08-01' })).status).toBe(
      'pending_supplement',
    )
  })

  test('a hubei temporary filing is valid for 6 months and then shows as expired', async () => {
    const filing = dataOf('filing.submit', await submit({ filingType: 'temporary' }))
    expect(filing.validUntil).toBe('2026-10-31')
    store.clock.set('2026-11-01T02:00:00.000Z')
    const got = dataOf('filing.get', await store.call('filing', { action: 'get', filingId: filing.filingId }))
    expect(got.status).toBe('expired')
  })

  test('jining: change is free until costs were incurred at the filed place, then locked for 6 months', async () => {
    const jining = {
      insuredRegion: '370800',
      insured: { name: '王五', idNumber: idNumber('370811'), phone: '13700137000' },
    }
    const filing = dataOf('filing.submit', await submit(jining))
    const changed = dataOf(
      'filing.change',
      await store.call('filing', { action: 'change', filingId: filing.filingId, destination: '320102' }),
    )
    expect(changed.target.code).toBe('320100')
    data(
      await store.call('claim', {
        action: 'create',
        insured: jining.insured,
        insuredRegion: '370800',
        insuranceType: 'employee',
        filingId: filing.filingId,
        careType: 'outpatient',
        hospital: { name: '南京鼓楼医院', regionCode: '320102' },
        admissionDate: '2026-05-01',
        totalCost: 1000,
        idempotencyKey: 'claim-key-1',
      }),
    )
    const locked = errorOf(
      await store.call('filing', { action: 'change', filingId: filing.filingId, destination: '330102' }),
    )
    expect(locked.code).toBe('POLICY.CHANGE_LOCKED')
  })

  test('coverage answers for a stay with the rule', async () => {
    const filing = dataOf('filing.submit', await submit())
    const answer = dataOf(
      'filing.coverage',
      await store.call('filing', {
        action: 'coverage',
        filingId: filing.filingId,
        admissionDate: '2026-05-03',
        hospital: { name: '北京协和医院' },
      }),
    )
    expect(answer.reasons[0]).toMatchObject({ topic: 'filing', holds: true })
    expect(answer.reasons[0].source).toBeDefined()
    // Typed, not chosen from the directory: the hospital cannot be confirmed.
    expect(answer).toMatchObject({ answer: 'unknown', directSettlement: false })
  })

  test('the full ID number is stored sealed and never returned', async () => {
    const id = idNumber('420105', 777)
    const responses = [await submit({ insured: { name: '张三', idNumber: id, phone: '13800138000' } })]
    const { filingId } = dataOf('filing.submit', responses[0])
    responses.push(await store.call('filing', { action: 'get', filingId }))
    responses.push(await store.call('filing', { action: 'list' }))
    responses.push(await store.call('staff', { action: 'form', filingId }, STAFF))
    for (const response of responses) expect(JSON.stringify(response)).not.toContain(id)
    store.db.pragma('wal_checkpoint(TRUNCATE)')
    expect(readFileSync(path.join(store.dataDir, 'yidi.sqlite')).includes(id)).toBe(false)
    const sealed = store.db
      .prepare("SELECT json_extract(doc, '$.insured.idNumberSealed') AS s FROM filings")
      .get() as {
      s: string
    }
    expect(store.ports.idNumbers.open(sealed.s)).toBe(id)
  })
})

describe('ownership', () => {
  test.each([
    ['get', {}],
    [
      'supplement',
      { materials: [{ kind: 'residence_proof', fileID: 'f_00000000000000000000000000000000' }] },
    ],
    ['change', { destination: '320102' }],
    ['cancel', { reason: '不需要了' }],
    ['coverage', { admissionDate: '2026-05-03', hospital: { code: 'GZ2019A2-01' } }],
  ])("another person's %s gets NOT_FOUND and changes nothing", async (action, extra) => {
    const { filingId } = dataOf('filing.submit', await submit())
    const before = (store.db.prepare('SELECT version FROM filings').get() as { version: number }).version
    const answer = await store.call('filing', { action, filingId, ...extra }, BOB)
    if (action === 'supplement') expect(['NOT_FOUND', 'VALIDATION']).toContain(errorOf(answer).code)
    else expect(errorOf(answer).code).toBe('NOT_FOUND')
    expect((store.db.prepare('SELECT version FROM filings').get() as { version: number }).version).toEqual(
      before,
    )
    expect(dataOf('filing.list', await store.call('filing', { action: 'list' }, BOB)).items).toEqual([])
  })

  test("attaching someone else's upload is refused and nothing is written", async () => {
    const bobs = await upload(store, BOB)
    const answer = errorOf(await submit({ materials: [{ kind: 'residence_proof', fileID: bobs }] }))
    expect(answer).toMatchObject({ code: 'VALIDATION', path: 'draft.materials.0.fileID' })
    expect(store.count('filings')).toBe(0)
  })

  test('staff may read any filing', async () => {
    const { filingId } = dataOf('filing.submit', await submit())
    expect(
      dataOf('filing.get', await store.call('filing', { action: 'get', filingId }, STAFF)).filingId,
    ).toBe(filingId)
  })

  test('a call without identity is UNAUTHENTICATED', async () => {
    expect(errorOf(await store.call('filing', { action: 'list' }, null)).code).toBe('UNAUTHENTICATED')
  })
})

describe('under concurrency', () => {
  test('32 simultaneous submits with one key make exactly one filing, returned to all 32', async () => {
    const answers = await Promise.all(Array.from({ length: 32 }, () => submit({}, 'same-key-123')))
    const ids = new Set(answers.map((answer) => dataOf('filing.submit', answer).filingId))
    expect(ids.size).toBe(1)
    expect(store.count('filings')).toBe(1)
  })

  test('32 simultaneous long-term filings for one person with different keys: one wins, 31 conflict', async () => {
    const answers = await Promise.all(Array.from({ length: 32 }, (_, n) => submit({}, `different-key-${n}`)))
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1)
    expect(answers.filter((answer) => !answer.ok).map((answer) => errorOf(answer).code)).toEqual(
      Array(31).fill('CONFLICT'),
    )
    expect(store.count('filings')).toBe(1)
  })

  test('the same long-term filing from two accounts (本人 and 代办) is still one per person', async () => {
    data(await submit())
    const proxy = await submit(
      { relation: 'child', commitment: { accepted: true, proxyConsent: true } },
      'key-bob-0001',
      BOB,
    )
    expect(errorOf(proxy).code).toBe('CONFLICT')
  })
})
