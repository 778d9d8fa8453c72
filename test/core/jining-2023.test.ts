import { PROFILES } from '@shared/policy/profiles'
import { CARE_TYPES } from '@shared/policy/vocabulary'
import { claimChecklist } from '@shared/rules/claim-checklist'
import { mayCancel, mayChange } from '@shared/rules/filing-changes'
import { quoteFiling } from '@shared/rules/quote'
import { addDays } from '@shared/time/calendar'
import { draft, expectOk, submitted, TODAY } from './drafts'

const JINING = '370811'
const jining = PROFILES.find((profile) => profile.id === 'jining-2023')!

describe('jining-2023 (济宁市异地就医十项便民措施)', () => {
  // “全面实行承诺制自助备案” names no proof and says nothing of a referral certificate: the proofs are the national
  // rule's, a commitment replaces the long-term ones (四(一)), and the referral certificate stays as the national row.
  test('四(一): the long-term proofs may be replaced by a commitment; the clause that says so is 四(一)', () => {
    for (const type of ['retiree_resettled', 'long_term_resident', 'resident_worker'] as const) {
      const [proof] = jining.types[type]!.materials
      expect(proof).toMatchObject({
        replaceableByCommitment: true,
        source: { doc: '医保发〔2022〕22号', clause: '三(一)' },
        commitmentSource: { clause: '四(一)' },
      })
    }
    expect(jining.types.referral!.materials).toEqual([
      expect.objectContaining({
        replaceableByCommitment: false,
        source: { doc: '医保发〔2022〕22号', clause: '二(二)' },
      }),
    ])
  })

  test.each(['referral', 'emergency', 'temporary'] as const)(
    '四(一)’s 随时 is for long-term residents without costs: a %s filing’s change rule is the national one',
    (type) => {
      expect(jining.types[type]!.changeLock).toMatchObject({
        value: { kind: 'none' },
        source: { doc: '医保发〔2022〕22号', clause: '二(三)' },
      })
    },
  )

  test('四(一): a long-term filing has no end date', () => {
    expect(
      expectOk(quoteFiling(draft({ insuredRegion: JINING, filingType: 'long_term_resident' }), TODAY))
        .validUntil,
    ).toBeNull()
  })

  test('四(一): with no costs at the filed place, a long-term filing may change or cancel at any time', () => {
    const facts = submitted({ insuredRegion: JINING, filingType: 'long_term_resident' })
    expect(mayChange(facts, addDays(TODAY, 1)).ok).toBe(true)
    expect(mayCancel(facts, addDays(TODAY, 1)).ok).toBe(true)
  })

  test('四(一): once costs were incurred, change or cancel only after 6 months', () => {
    const facts = {
      ...submitted({ insuredRegion: JINING, filingType: 'long_term_resident' }),
      costsIncurred: true,
    }
    const early = mayChange(facts, '2027-05-22')
    expect(early.ok).toBe(false)
    if (!early.ok)
      expect(early.error).toMatchObject({ code: 'POLICY.CHANGE_LOCKED', source: { clause: '四(一)' } })
    expect(mayCancel(facts, '2027-05-23').ok).toBe(true)
  })

  test('四(一): a temporary filing has no validity limit and does not affect treatment at home', () => {
    const quote = expectOk(quoteFiling(draft({ insuredRegion: JINING, filingType: 'temporary' }), TODAY))
    expect(quote.validUntil).toBeNull()
    expect(quote.notices.map((notice) => notice.code)).not.toContain('HOME_SETTLEMENT_SUSPENDED')
  })

  test('三: long-term residents returning home enjoy the same benefits as at home, on the proofs it names', () => {
    const quote = expectOk(
      quoteFiling(draft({ insuredRegion: JINING, filingType: 'retiree_resettled' }), TODAY),
    )
    expect(quote.notices).toContainEqual(
      expect.objectContaining({ code: 'TWO_WAY', source: expect.objectContaining({ clause: '三' }) }),
    )
    const twoWay = quote.notices.find((notice) => notice.code === 'TWO_WAY')!
    expect(twoWay.text).toContain('户籍证明、居住证或单位工作证明')
  })

  test('四(二): long-term start at most 5 days back', () => {
    const fiveBack = quoteFiling(
      draft({ insuredRegion: JINING, filingType: 'long_term_resident', startDate: '2026-11-18' }),
      TODAY,
    )
    expect(expectOk(fiveBack).earliestStart).toBe('2026-11-18')
    const sixBack = quoteFiling(
      draft({ insuredRegion: JINING, filingType: 'long_term_resident', startDate: '2026-11-17' }),
      TODAY,
    )
    expect(sixBack.ok).toBe(false)
    if (!sixBack.ok)
      expect(sixBack.error).toMatchObject({ code: 'POLICY.BACKDATE_LIMIT', source: { clause: '四(二)' } })
  })

  test('四(二): a temporary filing may start any time back', () => {
    const quote = expectOk(
      quoteFiling(draft({ insuredRegion: JINING, filingType: 'temporary', startDate: '2025-12-01' }), TODAY),
    )
    expect(quote.earliestStart).toBeNull()
    expect(quote.validFrom).toBe('2025-12-01')
  })

  // 四(二): “补办临时外出就医备案的，备案起始日期不受限制”; long-term: “最多可往前提前 5 日”.
  test('四(二): a temporary filing may start on an admission long past; a long-term one only 5 days back', () => {
    expect(jining.startsFromAdmission).toMatchObject({ value: false, source: { clause: '四(二)' } })
    const admitted = '2026-10-01'
    const temporary = expectOk(
      quoteFiling(
        draft({
          insuredRegion: JINING,
          filingType: 'temporary',
          startDate: admitted,
          admissionDate: admitted,
        }),
        TODAY,
      ),
    )
    expect(temporary.validFrom).toBe(admitted)
    const longTerm = quoteFiling(
      draft({
        insuredRegion: JINING,
        filingType: 'long_term_resident',
        startDate: admitted,
        admissionDate: admitted,
      }),
      TODAY,
    )
    expect(longTerm.ok).toBe(false)
    if (!longTerm.ok)
      expect(longTerm.error).toMatchObject({ code: 'POLICY.BACKDATE_LIMIT', source: { clause: '四(二)' } })
  })

  test('四(一): the long-term lock carries the clause’s 随时 half', () => {
    for (const type of ['retiree_resettled', 'long_term_resident', 'resident_worker'] as const)
      expect(jining.types[type]!.changeLock.scope).toBe('未在备案地发生医疗费用的，可随时变更或取消备案')
  })

  test('五(一): emergency treatment without filing counts as filed', () => {
    expect(jining.reimbursement.unfiledEmergencyExempt).toMatchObject({
      value: true,
      source: { clause: '五(一)' },
    })
  })

  test('七: manual reimbursement accepts electronic invoices and a filing made afterwards', () => {
    const materials = claimChecklist(JINING, 'inpatient').materials
    expect(materials.find((item) => item.kind === 'invoice')?.label).toContain('电子票据')
    expect(materials.find((item) => item.kind === 'filing_record')?.source.clause).toBe('七')
  })

  // 五(二): “由参保人员填写《外伤无第三方责任承诺书》，为参保人员办理异地就医直接结算”.
  test.each(CARE_TYPES)(
    '五(二): a %s claim for an injury asks for the 外伤无第三方责任承诺书; others do not',
    (care) => {
      const injury = claimChecklist(JINING, care, true).materials
      expect(injury.find((item) => item.kind === 'trauma_commitment')).toMatchObject({
        label: '外伤无第三方责任承诺书',
        required: true,
        source: { doc: '济宁市医疗保障局异地就医十项便民措施（2023-11-09）', clause: '五(二)' },
      })
      expect(claimChecklist(JINING, care).materials.map((item) => item.kind)).not.toContain(
        'trauma_commitment',
      )
      for (const profile of PROFILES.filter((other) => other.id !== 'jining-2023')) {
        const region = (profile.regionPrefixes[0] ?? '3701').padEnd(6, '0')
        expect(claimChecklist(region, care, true).materials.map((item) => item.kind)).not.toContain(
          'trauma_commitment',
        )
      }
    },
  )

  test('五(二): the card of every Jining filing offers the commitment page, with its clause', () => {
    const quote = expectOk(quoteFiling(draft({ insuredRegion: JINING, filingType: 'temporary' }), TODAY))
    expect(quote.notices.find((notice) => notice.code === 'TRAUMA_COMMITMENT')?.source.clause).toBe('五(二)')
    const wuhan = expectOk(quoteFiling(draft({ insuredRegion: '420100', filingType: 'temporary' }), TODAY))
    expect(wuhan.notices.map((notice) => notice.code)).not.toContain('TRAUMA_COMMITMENT')
  })
})
