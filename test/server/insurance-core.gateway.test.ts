import type { ClaimView } from '@shared/schemas/responses.schema'
import { systemClock } from '../../server/adapters/clock.system'
import { gatewayInsuranceCore } from '../../server/adapters/insurance-core/gateway'
import { DEFAULT_GATEWAY_CONFIG } from '../../server/adapters/insurance-core/gateway-config'
import type { FilingMessage } from '../../server/ports/insurance-core'
import {
  type DeliveryPolicy,
  deliverRegistrations,
} from '../../server/use-cases/registration/deliver-registrations'
import { verifiedAs } from '../identity-prelude'
import { insuranceCoreContract } from './insurance-core.contract'
import { type StubGateway, startStubGateway } from './stub-gateway'
import {
  ALICE,
  data,
  dataOf,
  draft,
  filingOf,
  idNumber,
  inpatientClaim,
  PDF,
  STAFF,
  tempStore,
  upload,
} from './support'

const KEY = 'test-gateway-key-0123456789'
const gatewayEnv = (url: string, timeoutMs = 2_000) => ({
  INSURANCE_CORE: 'gateway',
  INSURANCE_CORE_URL: url,
  INSURANCE_CORE_KEY: KEY,
  INSURANCE_CORE_TIMEOUT_MS: String(timeoutMs),
})

insuranceCoreContract('gateway against the stub platform', async () => {
  const stub = await startStubGateway(KEY)
  const store = tempStore(undefined, { insuranceCoreEnv: gatewayEnv(stub.url) })
  return {
    store,
    knowInsured: (idNumber, region, insutype) =>
      stub.insured.set(idNumber, { insutype, insuplc_admdvs: region }),
    close: async () => {
      await store.dispose()
      await stub.close()
    },
  }
})

const PERSON = idNumber('420105', 88)
const message = (msgid: string): FilingMessage => ({
  msgid,
  operation: 'register',
  filingId: 'fl_1',
  person: { name: '王芳', idNumber: PERSON, phone: '13800138000' },
  insuredRegion: '420100',
  insuranceType: 'employee',
  filingType: 'temporary',
  destination: '110105',
  validFrom: '2026-05-01',
  validUntil: '2026-10-31',
  at: '2026-05-01T02:00:00.000Z',
})

describe('the gateway adapter on the wire', () => {
  let stub: StubGateway
  beforeEach(async () => {
    stub = await startStubGateway(KEY)
  })
  afterEach(() => stub.close())
  const gateway = (timeoutMs = 2_000, key = KEY) =>
    gatewayInsuranceCore({
      url: stub.url,
      key,
      timeoutMs,
      config: DEFAULT_GATEWAY_CONFIG,
      clock: systemClock,
    })

  test('sends the common header and input.data, signed with the key', async () => {
    await gateway().register(message('m-header'))
    const [sent] = stub.received
    expect(sent).toMatchObject({
      infno: '2501',
      msgid: 'm-header',
      mdtrtarea_admdvs: '110105',
      insuplc_admdvs: '420100',
      opter_type: '3',
      opter: 'yidi-miniprogram',
      infver: 'V1.0',
      inf_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      input: {
        data: { certno: PERSON, psn_name: '王芳', insutype: '310', begndate: '2026-05-01', dcla_sn: 'fl_1' },
      },
    })
  })

  test('a wrong key is not accepted by the platform: the message stays undelivered', async () => {
    expect(await gateway(2_000, 'another-key-0123456789').register(message('m-key'))).toMatchObject({
      outcome: 'unavailable',
      reason: expect.stringContaining('401'),
    })
    expect(stub.received).toHaveLength(0)
  })

  test('a refusal carries the platform reason and names the field', async () => {
    stub.refuse.set(PERSON, { field: 'psn_name', reason: '与参保登记信息不一致' })
    expect(await gateway().register(message('m-refuse'))).toEqual({
      outcome: 'refused',
      reason: '姓名：与参保登记信息不一致',
      field: '姓名',
    })
  })

  test('a 5xx and a timeout are "unavailable", the timeout within its limit', async () => {
    stub.setMode('down')
    expect(await gateway().register(message('m-down'))).toMatchObject({
      outcome: 'unavailable',
      reason: expect.stringContaining('503'),
    })
    stub.setMode('hang')
    const started = Date.now()
    expect(await gateway(300).register(message('m-hang'))).toMatchObject({
      outcome: 'unavailable',
      reason: expect.stringContaining('300 毫秒内未应答'),
    })
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  test('a repeated msgid is answered with the first result, even after the data changed', async () => {
    const first = await gateway().register(message('m-dup'))
    const again = await gateway().register({ ...message('m-dup'), destination: '310101' })
    expect(again).toEqual({ ...first, at: expect.any(String) })
    expect(stub.held.size).toBe(1)
  })

  test('a claim report carries the decision and the amounts under the mapped names', async () => {
    await gateway().report({
      msgid: 'm-report',
      claimId: 'cl_9',
      person: { name: '王芳', idNumber: PERSON },
      insuredRegion: '420100',
      decision: 'paid',
      totalCost: 20000,
      approvedAmount: 12000,
      paidAmount: 12000,
      at: '2026-05-01T02:00:00.000Z',
    })
    expect(stub.reports).toEqual([
      expect.objectContaining({
        clm_sn: 'cl_9',
        audt_rslt: 'paid',
        medfee_sumamt: 20000,
        fund_pay_sumamt: 12000,
        pay_sumamt: 12000,
      }),
    ])
  })

  test('a person the platform does not know is not insured', async () => {
    expect(await gateway().lookUp({ name: '王芳', idNumber: PERSON }, 'lk')).toEqual({
      outcome: 'not_insured',
    })
  })
})

describe('delivery through the gateway: back-off, refusal, dead letter and the staff queue', () => {
  const FAST: DeliveryPolicy = { baseMs: 1_000, capMs: 4_000, maxAttempts: 3, batch: 10 }
  let stub: StubGateway
  let store: ReturnType<typeof tempStore>
  beforeEach(async () => {
    stub = await startStubGateway(KEY)
    store = tempStore(undefined, { insuranceCoreEnv: gatewayEnv(stub.url, 500) })
    stub.insured.set(PERSON, { insutype: '310', insuplc_admdvs: '420100' })
  })
  afterEach(async () => {
    await store.dispose()
    await stub.close()
  })
  const submit = async () =>
    filingOf(
      await store.call('filing', {
        action: 'submit',
        idempotencyKey: 'gateway-key-1',
        draft: draft({
          filingType: 'temporary',
          startDate: '2026-05-01',
          insured: { name: '王芳', idNumber: PERSON, phone: '13800138000' },
        }),
      }),
    )
  const get = async (filingId: string) => filingOf(await store.call('filing', { action: 'get', filingId }))
  const staffQueue = async () =>
    data(await store.call('staff', { action: 'registrations' }, STAFF)) as {
      items: {
        msgid: string
        filingId: string
        state: string
        reason: string
        attempts: number
        note?: string
      }[]
    }
  const advance = (ms: number) => store.clock.set(new Date(store.clock.now().getTime() + ms).toISOString())

  test('an outage is retried with the same msgid after a growing wait, then delivered once', async () => {
    const filing = await submit()
    stub.setMode('down')
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ retrying: 1 })
    // Not due again before its wait.
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ retrying: 0, delivered: 0 })
    advance(1_000)
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ retrying: 1 })
    advance(1_000)
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ retrying: 0 })
    advance(1_000)
    stub.setMode('up')
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ delivered: 1 })
    expect((await get(filing.filingId)).registration.status).toBe('registered')
    expect(new Set(stub.received.map((sent) => sent.msgid)).size).toBe(1)
    expect(stub.received).toHaveLength(3)
  })

  test('after the last attempt it is dead-lettered: the person sees 登记未完成, staff retry it with the same msgid', async () => {
    const filing = await submit()
    stub.setMode('hang')
    for (let attempt = 0; attempt < FAST.maxAttempts; attempt++) {
      await deliverRegistrations(store.ports, FAST)
      advance(FAST.capMs)
    }
    expect((await get(filing.filingId)).registration).toEqual({ status: 'failed' })
    const [dead] = (await staffQueue()).items
    expect(dead).toMatchObject({
      filingId: filing.filingId,
      state: 'dead',
      attempts: 3,
      reason: expect.stringContaining('未应答'),
    })
    data(
      await store.call(
        'staff',
        { action: 'note_registration', msgid: dead.msgid, note: '已联系平台厂商，恢复后重发' },
        STAFF,
      ),
    )
    expect((await staffQueue()).items[0].note).toBe('已联系平台厂商，恢复后重发')
    stub.setMode('up')
    data(await store.call('staff', { action: 'retry_registration', msgid: dead.msgid }, STAFF))
    expect((await get(filing.filingId)).registration.status).toBe('pending')
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ delivered: 1 })
    expect(stub.received.at(-1)?.msgid).toBe(dead.msgid)
    expect((await staffQueue()).items).toEqual([])
  })

  test('a refusal shows the person which field and why; staff retry sends it as a new message', async () => {
    stub.refuse.set(PERSON, { field: 'psn_name', reason: '与参保登记信息不一致' })
    const filing = await submit()
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ refused: 1 })
    expect((await get(filing.filingId)).registration).toEqual({
      status: 'refused',
      reason: '姓名：与参保登记信息不一致',
      field: '姓名',
    })
    const [refused] = (await staffQueue()).items
    expect(refused).toMatchObject({ state: 'refused', reason: '姓名：与参保登记信息不一致' })
    stub.refuse.delete(PERSON)
    data(await store.call('staff', { action: 'retry_registration', msgid: refused.msgid }, STAFF))
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ delivered: 1 })
    expect(stub.received.at(-1)?.msgid).not.toBe(refused.msgid)
    expect((await get(filing.filingId)).registration.status).toBe('registered')
  })

  test("a claim's approval and payment reach the platform in order, with the fund's amount", async () => {
    const claim = data(
      await store.call('claim', {
        action: 'create',
        ...inpatientClaim({ insured: { name: '王芳', idNumber: PERSON, phone: '13800138000' } }),
        idempotencyKey: 'gateway-claim-1',
      }),
    ) as ClaimView
    const materials = []
    for (const { kind } of claim.missingMaterials)
      materials.push({ kind, fileID: await upload(store, ALICE, PDF) })
    data(await store.call('claim', { action: 'attach', claimId: claim.claimId, materials }))
    data(await store.call('claim', { action: 'submit', claimId: claim.claimId }))
    // The fund's figures, not the estimate, travel: approved and paid differ from it on purpose.
    const approvedAmount = Math.floor(claim.estimate.fundPays) - 100
    const decide = async (decision: string, figures: object) =>
      data(
        await store.call(
          'staff',
          { action: 'decide', kind: 'claim', id: claim.claimId, decision, ...figures },
          STAFF,
        ),
      )
    await decide('approve', { approvedAmount, note: '扣除自费药品 100 元' })
    await decide('mark_paid', {
      paidAmount: approvedAmount - 1,
      paidAt: '2026-05-01',
      reference: 'ZF20260501001',
      note: '银行手续费 1 元',
    })
    expect(stub.reports).toEqual([])
    expect(await deliverRegistrations(store.ports, FAST)).toMatchObject({ delivered: 2 })
    expect(stub.reports).toEqual([
      expect.objectContaining({
        clm_sn: claim.claimId,
        audt_rslt: 'approved',
        fund_pay_sumamt: approvedAmount,
        certno: PERSON,
      }),
      expect.objectContaining({
        clm_sn: claim.claimId,
        audt_rslt: 'paid',
        pay_sumamt: approvedAmount - 1,
      }),
    ])
  })

  test('filing.lookup: a person the platform does not know is told so with the hotline; an outage lets them go on', async () => {
    const stranger = { name: '李雷', idNumber: idNumber('420105', 99) }
    await verifiedAs((openid, fn, body) => store.callAsIs(fn, body, openid), ALICE, stranger)
    // Without `insured`: the caller's own verified identity.
    const unknown = dataOf('filing.lookup', await store.call('filing', { action: 'lookup' }))
    expect(unknown).toMatchObject({ outcome: 'not_insured', message: expect.stringContaining('12393') })
    stub.setMode('down')
    const down = dataOf('filing.lookup', await store.call('filing', { action: 'lookup', insured: stranger }))
    expect(down).toMatchObject({ outcome: 'unavailable', message: expect.stringContaining('可继续填写') })
  })

  test('only staff see the registration queue', async () => {
    expect(await store.call('staff', { action: 'registrations' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
