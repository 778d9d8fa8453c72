import { estimateReimbursement } from '@shared/rules/estimate'
import type { ClaimRecord, Claims } from '../../server/ports/claims'
import type { FilingRecord, Filings } from '../../server/ports/filings'

/** One contract for every store: SQLite always, CloudBase when credentials are present. */
export const repositoryContract = (
  name: string,
  open: () => Promise<{ filings: Filings; claims: Claims; close(): Promise<void> }>,
) => {
  describe(`${name} repositories`, () => {
    let filings: Filings
    let claims: Claims
    let close: () => Promise<void>
    beforeAll(async () => {
      ;({ filings, claims, close } = await open())
    })
    afterAll(() => close())

    const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    let serial = 0
    const filing = (overrides: Partial<FilingRecord> = {}): FilingRecord => {
      serial += 1
      const at = new Date(Date.UTC(2026, 4, 1, 0, 0, serial)).toISOString()
      return {
        filingId: `fl_${run}_${serial}`,
        owner: `owner-${run}`,
        idempotencyKey: `key-${serial}`,
        version: 1,
        createdAt: at,
        updatedAt: at,
        insured: {
          name: '张三',
          phone: '13800138000',
          idNumberSealed: 'v1:x',
          idHash: `hash-${run}-${serial}`,
          idNumberMasked: '4201**********1230',
        },
        draft: {
          relation: 'self',
          insuredRegion: '420100',
          insuranceType: 'employee',
          filingType: 'temporary',
          destination: '110105',
          startDate: '2026-05-01',
          commitment: { accepted: true },
        },
        profile: 'hubei-2022',
        target: { level: 'province', code: '110000', name: '北京市' },
        facts: {
          profile: 'hubei-2022',
          filingType: 'temporary',
          validFrom: '2026-05-01',
          validUntil: '2026-10-31',
          supplementDeadline: null,
          effectiveOn: 'on_submit',
          outstandingMaterials: [],
          cancelled: false,
          costsIncurred: false,
        },
        materials: [],
        notices: [],
        review: 'none',
        holdsLongTerm: false,
        history: [{ at, action: 'submit', by: 'applicant' }],
        ...overrides,
      }
    }

    test('a filing reads back by id, by key and in its owner’s list, newest first', async () => {
      const older = filing({ owner: `lister-${run}` })
      const newer = filing({ owner: `lister-${run}` })
      expect(await filings.add(older)).toBe('added')
      expect(await filings.add(newer)).toBe('added')
      expect(await filings.get(older.filingId)).toMatchObject({ filingId: older.filingId, version: 1 })
      expect((await filings.byKey(older.owner, older.idempotencyKey))?.filingId).toBe(older.filingId)
      expect((await filings.listByOwner(older.owner)).map((item) => item.filingId)).toEqual([
        newer.filingId,
        older.filingId,
      ])
      expect(await filings.get('fl_missing')).toBeUndefined()
    })

    test('an owner’s filings for one person read back newest first, without the person’s other filings', async () => {
      const idHash = `owned-${run}`
      const insured = { ...filing().insured, idHash }
      const [owner, other] = [`family-${run}`, `stranger-${run}`]
      const older = filing({ owner, insured })
      const newer = filing({ owner, insured })
      for (const record of [older, filing({ owner: other, insured }), filing({ owner }), newer])
        expect(await filings.add(record)).toBe('added')
      expect((await filings.ownedForPerson(owner, idHash)).map((item) => item.filingId)).toEqual([
        newer.filingId,
        older.filingId,
      ])
      expect(await filings.ownedForPerson(owner, `nobody-${run}`)).toEqual([])
    })

    test('the same (owner, key) is refused; the same key for another owner is not', async () => {
      const first = filing()
      expect(await filings.add(first)).toBe('added')
      expect(await filings.add(filing({ idempotencyKey: first.idempotencyKey }))).toBe('duplicate_key')
      expect(await filings.add(filing({ idempotencyKey: first.idempotencyKey, owner: `other-${run}` }))).toBe(
        'added',
      )
    })

    test('32 concurrent adds with one key: exactly one is added', async () => {
      const key = `concurrent-${run}`
      const outcomes = await Promise.all(
        Array.from({ length: 32 }, () => filings.add(filing({ idempotencyKey: key }))),
      )
      expect(outcomes.filter((outcome) => outcome === 'added')).toHaveLength(1)
      expect(outcomes.filter((outcome) => outcome === 'duplicate_key')).toHaveLength(31)
    })

    test('one long-term holder per ID hash; giving up the flag frees the person', async () => {
      const idHash = `person-${run}`
      const insured = { ...filing().insured, idHash }
      const holder = filing({ insured, holdsLongTerm: true })
      expect(await filings.add(holder)).toBe('added')
      expect(await filings.add(filing({ insured, holdsLongTerm: true }))).toBe('long_term_taken')
      expect(await filings.add(filing({ insured, holdsLongTerm: false }))).toBe('added')
      expect((await filings.longTermHolder(idHash))?.filingId).toBe(holder.filingId)
      expect(await filings.replace({ ...holder, holdsLongTerm: false }, 1)).toBe(true)
      expect(await filings.longTermHolder(idHash)).toBeUndefined()
      expect(await filings.add(filing({ insured, holdsLongTerm: true }))).toBe('added')
    })

    test('replace is a compare-and-set on the version', async () => {
      const record = filing()
      await filings.add(record)
      const changed = { ...record, review: 'awaiting' as const }
      expect(await filings.replace(changed, 1)).toBe(true)
      expect(await filings.replace(changed, 1)).toBe(false)
      const stored = await filings.get(record.filingId)
      expect(stored).toMatchObject({ version: 2, review: 'awaiting' })
      expect(
        (await filings.queue({ awaitingReview: true, limit: 50 })).map((item) => item.filingId),
      ).toContain(record.filingId)
    })

    const claim = (overrides: Partial<ClaimRecord> = {}): ClaimRecord => {
      serial += 1
      const at = new Date(Date.UTC(2026, 4, 1, 0, 0, serial)).toISOString()
      return {
        claimId: `cl_${run}_${serial}`,
        owner: `owner-${run}`,
        idempotencyKey: `claim-${serial}`,
        version: 1,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        insured: filing().insured,
        insuredRegion: '360700',
        insuranceType: 'employee',
        filingId: null,
        careType: 'inpatient',
        hospital: { name: '协和', regionCode: '110101' },
        admissionDate: '2026-04-01',
        dischargeDate: null,
        totalCost: 100,
        eligibleCost: null,
        estimate: estimateReimbursement({
          insuredRegion: '360700',
          insuranceType: 'employee',
          careType: 'inpatient',
          filed: false,
          totalCost: 100,
        }),
        materials: [],
        history: [],
        ...overrides,
      }
    }

    test('claims: idempotent add, compare-and-set, by status, and whether a filing has costs', async () => {
      const record = claim({ filingId: `fl_costs_${run}` })
      expect(await claims.add(record)).toBe('added')
      expect(await claims.add(claim({ idempotencyKey: record.idempotencyKey }))).toBe('duplicate_key')
      expect(await claims.referenceFiling(`fl_costs_${run}`)).toBe(true)
      expect(await claims.referenceFiling(`fl_none_${run}`)).toBe(false)
      expect(await claims.replace({ ...record, status: 'submitted' }, 1)).toBe(true)
      expect(await claims.replace({ ...record, status: 'withdrawn' }, 1)).toBe(false)
      expect((await claims.get(record.claimId))?.status).toBe('submitted')
      expect((await claims.byStatus(['submitted'], 50)).map((item) => item.claimId)).toContain(record.claimId)
      expect((await claims.listByOwner(record.owner)).map((item) => item.claimId)).toContain(record.claimId)
    })

    test('claims: an invoice is held by one claim at a time, all of a call or none, even when raced', async () => {
      const [a, b] = [`cl_inv_a_${run}`, `cl_inv_b_${run}`]
      const [one, two, three] = [`paper:A${run}1`, `paper:A${run}2`, `e:12345678:${run}`]
      expect(await claims.holdInvoices(a, [one, two], '2026-05-01T00:00:00Z')).toBe('held')
      expect(await claims.holdInvoices(a, [one], '2026-05-01T00:00:00Z')).toBe('held')
      expect(await claims.holdInvoices(b, [three, two], '2026-05-01T00:00:00Z')).toBe('taken')
      // Nothing of the refused call stays held: `three` is free for anyone.
      expect(await claims.holdInvoices(a, [three], '2026-05-01T00:00:00Z')).toBe('held')
      await claims.releaseInvoices(a)
      const raced = await Promise.all(
        [a, b].map((claimId) => claims.holdInvoices(claimId, [one], '2026-05-01T00:00:00Z')),
      )
      expect(raced.sort()).toEqual(['held', 'taken'])
    })
  })
}
