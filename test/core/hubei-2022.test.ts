import { stayCoverage } from '@shared/rules/coverage'
import { estimateReimbursement } from '@shared/rules/estimate'
import { quoteFiling } from '@shared/rules/quote'
import { draft, expectOk, submitted, TODAY } from './drafts'

const HUBEI = '420100'

describe('hubei-2022 (鄂医保办〔2022〕28号)', () => {
  test('一(一): five filing types, emergency is not one of them', () => {
    const result = quoteFiling(
      draft({ insuredRegion: HUBEI, filingType: 'emergency', emergency: { summary: '胸痛' } }),
      TODAY,
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('POLICY.TYPE_NOT_OFFERED')
      expect(result.error.source).toEqual({ doc: '鄂医保办〔2022〕28号', clause: '一(一)' })
    }
  })

  test.each(['retiree_resettled', 'long_term_resident', 'resident_worker'] as const)(
    '一(四): a %s may sign the commitment letter instead of proofs',
    (filingType) => {
      const quote = expectOk(quoteFiling(draft({ insuredRegion: HUBEI, filingType }), TODAY))
      expect(quote.requiredMaterials.every((material) => material.replaceableByCommitment)).toBe(true)
      expect(quote.outstandingMaterials).toEqual([])
    },
  )

  test('一(三): a self-service filing is effective at once', () => {
    expect(
      expectOk(quoteFiling(draft({ insuredRegion: HUBEI, filingType: 'long_term_resident' }), TODAY))
        .effectiveOnSubmit,
    ).toBe(true)
  })

  test('二(一): long-term types are valid without end', () => {
    expect(
      expectOk(quoteFiling(draft({ insuredRegion: HUBEI, filingType: 'retiree_resettled' }), TODAY))
        .validUntil,
    ).toBeNull()
  })

  test.each([
    ['temporary', '2026-11-23', '2027-05-22'],
    ['referral', '2026-08-31', '2027-02-27'],
  ] as const)(
    '二(一): a %s filing from %s is valid for 6 months, until %s',
    (filingType, startDate, until) => {
      const referral = { fromHospital: '武汉协和医院', diagnosis: '肺结节', summary: '需上级医院手术' }
      const quote = expectOk(
        quoteFiling(
          draft({
            insuredRegion: HUBEI,
            filingType,
            startDate,
            referral,
            materials: [{ kind: 'referral_record', fileID: 'f1' }],
          }),
          '2026-09-01',
        ),
      )
      expect(quote.validUntil).toBe(until)
    },
  )

  test('二(二): admitted inside the validity, the stay settles although the filing expires before discharge', () => {
    const facts = submitted({ insuredRegion: HUBEI, startDate: '2026-06-01' }, '2026-06-01')
    expect(facts.validUntil).toBe('2026-11-30')
    expect(expectOk(stayCoverage(facts, '2026-11-28', '2026-12-10')).directSettlement).toBe(true)
  })

  test('二(二): a start date after admission but before discharge is valid for that stay', () => {
    const facts = submitted({ insuredRegion: HUBEI, startDate: '2026-11-20' })
    const coverage = expectOk(stayCoverage(facts, '2026-11-15', '2026-11-25'))
    expect(coverage).toMatchObject({ directSettlement: true, source: { clause: '二(二)' } })
  })

  test('二(三): a referral needs the referral (national row), and the card says it needs no local hospital stay', () => {
    const quote = expectOk(quoteFiling(draft({ insuredRegion: HUBEI, filingType: 'referral' }), TODAY))
    expect(quote.requiredMaterials.map((material) => material.kind)).toEqual(['referral_record'])
    expect(quote.requiredMaterials[0].source).toEqual({ doc: '医保发〔2022〕22号', clause: '二(二)' })
    expect(quote.notices).toContainEqual({
      code: 'MATERIALS',
      text: expect.stringContaining('不得将在本地住院作为开具转诊的先决条件'),
      source: { doc: '鄂医保办〔2022〕28号', clause: '二(三)' },
    })
  })

  test.each([
    ['long_term_resident', 0],
    ['referral', 10],
    ['temporary', 20],
  ] as const)(
    '三(一): a %s filing lowers the ratio by at most %i points (不超过), estimated at the most',
    (filingType, points) => {
      const estimate = estimateReimbursement({
        insuredRegion: HUBEI,
        insuranceType: 'employee',
        careType: 'inpatient',
        filed: true,
        filingType,
        hospitalLevel: 3,
        totalCost: 10000,
      })
      expect(estimate.reductionPoints).toBe(points)
      expect(estimate.ratio).toBeCloseTo(0.8 - points / 100)
      if (points > 0) {
        expect(estimate.reduction).toBe(`报销比例最多降低 ${points} 个百分点`)
        expect(estimate.lines.map((line) => line.text)).toContainEqual(
          expect.stringContaining(`最多降低 ${points} 个百分点（按最多降低估算，`),
        )
      }
    },
  )

  test('三(二): long-term filers keep benefits at home without cancelling', () => {
    const quote = expectOk(
      quoteFiling(draft({ insuredRegion: HUBEI, filingType: 'long_term_resident' }), TODAY),
    )
    expect(quote.notices).toContainEqual(
      expect.objectContaining({ code: 'TWO_WAY', source: expect.objectContaining({ clause: '三(二)' }) }),
    )
  })

  test('三(一): catalogue of the treatment place, deductible, ratio and cap of the insured region', () => {
    const quote = expectOk(quoteFiling(draft({ insuredRegion: HUBEI }), TODAY))
    expect(quote.notices.find((notice) => notice.code === 'CATALOGUE')?.source).toEqual({
      doc: '鄂医保办〔2022〕28号',
      clause: '三(一)',
    })
  })

  test('三(三)、三(四): outpatient, pharmacy and five chronic outpatient diseases settle directly', () => {
    const quote = expectOk(quoteFiling(draft({ insuredRegion: HUBEI }), TODAY))
    const outpatient = quote.notices.find((notice) => notice.code === 'OUTPATIENT')
    expect(outpatient?.text).toContain('个人账户')
    for (const disease of [
      '高血压',
      '糖尿病',
      '恶性肿瘤门诊放化疗',
      '尿毒症透析',
      '器官移植术后抗排异治疗',
    ]) {
      expect(outpatient?.text).toContain(disease)
    }
    expect(outpatient?.source).toEqual({ doc: '鄂医保办〔2022〕28号', clause: '三(三)、三(四)' })
  })
})
