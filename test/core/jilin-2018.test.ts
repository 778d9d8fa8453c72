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

  // 二(二) “取消长期异地就医人员一个自然年度申请…变更登记2次的限制”: said on the card of every long-term type, 常驻
  // workers included; the lock itself is not 二(二)'s and no card line cites it for one.
  test.each(['retiree_resettled', 'long_term_resident', 'resident_worker'] as const)(
    '二(二): the %s card says 变更登记 has no yearly cap, cited to 二(二)',
    (filingType) => {
      const quote = expectOk(
        quoteFiling(
          draft({ insuredRegion: JILIN, filingType, commitment: { accepted: true, supplementLater: true } }),
          TODAY,
        ),
      )
      expect(quote.notices.find((notice) => notice.code === 'CHANGES_PER_YEAR')).toEqual({
        code: 'CHANGES_PER_YEAR',
        text: '一个自然年度内申请变更登记的次数不受限制（已取消每年 2 次的限制）',
        source: { doc: '吉医保办〔2018〕6号', clause: '二(二)' },
      })
      expect(quote.notices.find((notice) => notice.code === 'CHANGE_LOCK')).toBeUndefined()
    },
  )

  test('二(三): a referral card cites Jilin’s own clause for its target; other types say 参照', () => {
    const target = (filingType: 'referral' | 'temporary') =>
      expectOk(
        quoteFiling(draft({ insuredRegion: JILIN, filingType, destination: '210102' }), TODAY),
      ).notices.find((notice) => notice.code === 'TARGET')?.source
    expect(target('referral')).toEqual({ doc: '吉医保办〔2018〕6号', clause: '二(三)' })
    expect(target('temporary')).toEqual({ doc: '赣市医保字〔2019〕21号', clause: '一(一)', reference: true })
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
