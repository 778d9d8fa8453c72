import { applySupplement, mayChange } from '@shared/rules/filing-changes'
import { filingStatus } from '@shared/rules/filing-status'
import { quoteFiling } from '@shared/rules/quote'
import { planSubmission } from '@shared/rules/submission'
import { addDays } from '@shared/time/calendar'
import { draft, expectOk, submitted, TODAY } from './drafts'

const JILIN = '220102'
const worker = { insuredRegion: JILIN, filingType: 'resident_worker' as const }

describe('jilin-2018 (吉医保办〔2018〕6号)', () => {
  test.each(['retiree_resettled', 'long_term_resident'] as const)(
    '二(二): a %s filing needs only a residence proof, no stamps from the treatment place',
    (filingType) => {
      const quote = expectOk(quoteFiling(draft({ insuredRegion: JILIN, filingType }), TODAY))
      expect(quote.requiredMaterials).toEqual([
        expect.objectContaining({
          kind: 'residence_proof',
          source: expect.objectContaining({ clause: '二(二)' }),
        }),
      ])
    },
  )

  test('二(二): no limit on how often a long-term filing may change', () => {
    const facts = submitted({
      insuredRegion: JILIN,
      filingType: 'long_term_resident',
      materials: [{ kind: 'residence_proof', fileID: 'proof-1' }],
    })
    expect(mayChange(facts, addDays(TODAY, 1)).ok).toBe(true)
  })

  test('a referral is filed to the treatment pooling region; no Jilin clause names its certificate (医保发〔2022〕22号)', () => {
    const quote = expectOk(
      quoteFiling(draft({ insuredRegion: JILIN, filingType: 'referral', destination: '210102' }), TODAY),
    )
    expect(quote.target).toEqual({ level: 'city', code: '210100', name: '沈阳市' })
    expect(quote.requiredMaterials[0].source).toEqual({ doc: '医保发〔2022〕22号', clause: '二(二)' })
  })

  test('二(二): without the proof and without 承诺补充, the filing is refused and names the material', () => {
    const result = planSubmission(draft(worker), TODAY)
    expect(!result.ok && result.error).toMatchObject({
      code: 'POLICY.MATERIALS_REQUIRED',
      source: { clause: '二(二)' },
    })
    expect(!result.ok && result.error.message).toContain('居住证明')
  })

  test('三(二): 承诺补充 — a migrant worker files first; the filing is effective once the proof is supplied', () => {
    const plan = expectOk(
      planSubmission(draft({ ...worker, commitment: { accepted: true, supplementLater: true } }), TODAY),
    )
    expect(plan.quote.effectiveOnSubmit).toBe(false)
    expect(plan.quote.supplementDeadline).toBe('2027-02-21')
    expect(filingStatus(plan.facts, TODAY)).toBe('pending_supplement')
    expect(filingStatus(applySupplement(plan.facts, ['residence_proof']), TODAY)).toBe('effective')
  })

  test('三(二): a pending filing past its supplement deadline has lapsed', () => {
    const plan = expectOk(
      planSubmission(draft({ ...worker, commitment: { accepted: true, supplementLater: true } }), TODAY),
    )
    expect(filingStatus(plan.facts, '2027-02-21')).toBe('pending_supplement')
    expect(filingStatus(plan.facts, '2027-02-22')).toBe('expired')
  })
})
