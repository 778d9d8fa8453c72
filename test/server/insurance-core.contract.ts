import { filingViewSchema } from '@shared/schemas/responses.schema'
import type { FilingRecord } from '../../server/ports/filings'
import {
  deliverRegistrations,
  filingMessage,
} from '../../server/use-cases/registration/deliver-registrations'
import { authorisedBy } from '../identity-prelude'
import { ALICE, data, dataOf, draft, filingOf, idNumber, type TempStore } from './support'

export interface CoreUnderTest {
  store: TempStore
  /** The person is insured there (the gateway's roster; the embedded platform knows everyone as insured). */
  knowInsured(idNumber: string, region: string, insuranceType: string): void
  close(): Promise<void>
}

const PERSON = idNumber('420105', 77)
const today = () => '2026-05-01'

/** What both adapters must do, driven through the product: submit, deliver, amend, look up, report. */
export const insuranceCoreContract = (name: string, open: () => Promise<CoreUnderTest>) =>
  describe(`InsuranceCore contract: ${name}`, () => {
    let core: CoreUnderTest
    beforeEach(async () => {
      core = await open()
      core.knowInsured(PERSON, '420100', '310')
    })
    afterEach(() => core.close())

    const submit = async (key = 'contract-key-1') =>
      filingOf(
        await core.store.call('filing', {
          action: 'submit',
          idempotencyKey: key,
          draft: draft({
            filingType: 'temporary',
            startDate: today(),
            insured: { name: '王芳', idNumber: PERSON, phone: '13800138000' },
          }),
        }),
      )
    const get = async (filingId: string) =>
      filingOf(await core.store.call('filing', { action: 'get', filingId }))

    test('a filing is 登记中 until the worker delivers it, then registered with the number and time', async () => {
      const filing = await submit()
      expect(filing.registration).toEqual({ status: 'pending' })
      expect(await deliverRegistrations(core.store.ports)).toMatchObject({
        delivered: 1,
        refused: 0,
        dead: 0,
      })
      const registered = await get(filing.filingId)
      expect(registered.registration).toMatchObject({
        status: 'registered',
        number: expect.any(String),
        at: expect.any(String),
      })
      expect(filingViewSchema.parse(registered).registration.number?.length).toBeGreaterThan(5)
      // Nothing is due any more: a second run sends nothing.
      expect(await deliverRegistrations(core.store.ports)).toEqual({
        delivered: 0,
        refused: 0,
        retrying: 0,
        dead: 0,
      })
    })

    test('the same msgid sent again gets the first answer: the same number, no second registration', async () => {
      const filing = await submit()
      const [queued] = await core.store.ports.registrations.due('2100-01-01T00:00:00.000Z', 10)
      const record = (await core.store.ports.filings.get(filing.filingId)) as FilingRecord
      const message = filingMessage(core.store.ports, queued, record)
      const first = await core.store.ports.insuranceCore.register(message)
      const again = await core.store.ports.insuranceCore.register(message)
      expect(first).toMatchObject({ outcome: 'accepted', number: expect.any(String) })
      expect(again).toMatchObject({ outcome: 'accepted', number: (first as { number: string }).number })
    })

    test('a change of destination and a cancel follow the registration, keeping its number', async () => {
      const filing = await submit()
      await deliverRegistrations(core.store.ports)
      const { number } = (await get(filing.filingId)).registration
      data(
        await core.store.call('filing', {
          action: 'change',
          filingId: filing.filingId,
          destination: '310101',
        }),
      )
      expect((await get(filing.filingId)).registration).toMatchObject({ status: 'pending', number })
      expect(await deliverRegistrations(core.store.ports)).toMatchObject({ delivered: 1 })
      expect((await get(filing.filingId)).registration).toMatchObject({ status: 'registered', number })
      data(
        await core.store.call('filing', { action: 'cancel', filingId: filing.filingId, reason: '行程取消' }),
      )
      expect(await deliverRegistrations(core.store.ports)).toMatchObject({ delivered: 1 })
      const cancelled = await get(filing.filingId)
      expect(cancelled).toMatchObject({ status: 'cancelled', registration: { status: 'registered', number } })
    })

    test('the look-up knows the person as insured and shows the 备案 the platform holds', async () => {
      const filing = await submit()
      await deliverRegistrations(core.store.ports)
      const { number } = (await get(filing.filingId)).registration
      const found = await core.store.ports.insuranceCore.lookUp({ name: '王芳', idNumber: PERSON }, 'lk-1')
      expect(found).toMatchObject({
        outcome: 'insured',
        insuredRegion: '420100',
        insuranceType: 'employee',
        filings: [{ number, destination: '110105', validFrom: today() }],
      })
    })

    test('filing.lookup fills 参保地 and 参保类型 and shows the 备案 already held, linked for its own filer', async () => {
      const filing = await submit()
      await deliverRegistrations(core.store.ports)
      const insured = { name: '王芳', idNumber: PERSON }
      const answer = dataOf('filing.lookup', await core.store.call('filing', { action: 'lookup', insured }))
      expect(answer).toMatchObject({
        outcome: 'insured',
        insuredRegion: { code: '420100', name: expect.stringContaining('武汉') },
        insuranceType: 'employee',
        filings: [{ destination: { code: '110105' }, validFrom: today(), filingId: filing.filingId }],
      })
      // A family member the person authorised sees the 备案, never a link into someone else's record.
      await authorisedBy((openid, fn, body) => core.store.callAsIs(fn, body, openid), 'openid-other', insured)
      const other = dataOf(
        'filing.lookup',
        await core.store.call('filing', { action: 'lookup', insured }, 'openid-other'),
      )
      expect(other.filings).toHaveLength(1)
      expect(other.filings[0].filingId).toBeUndefined()
    })

    test('a claim decision and payment are reported and accepted', async () => {
      const answer = await core.store.ports.insuranceCore.report({
        msgid: 'cr-1',
        claimId: 'cl_1',
        person: { name: '王芳', idNumber: PERSON },
        insuredRegion: '420100',
        decision: 'paid',
        totalCost: 20000,
        approvedAmount: 12000,
        paidAmount: 12000,
        at: '2026-05-01T02:00:00.000Z',
      })
      expect(answer).toMatchObject({ outcome: 'accepted' })
    })

    test('the person hears of the registration in 消息', async () => {
      await submit()
      await deliverRegistrations(core.store.ports)
      const inbox = data(await core.store.call('account', { action: 'notifications' }, ALICE)) as {
        items: { title: string }[]
      }
      expect(inbox.items.map((item) => item.title)).toContain('异地就医备案已登记到医保信息平台')
    })
  })
