import { PROFILES } from '@shared/policy/profiles'
import { FILING_TYPES } from '@shared/policy/vocabulary'
import { estimateReimbursement } from '@shared/rules/estimate'
import { quoteFiling } from '@shared/rules/quote'
import { draft, expectOk, TODAY } from './drafts'

const GUANGZHOU = '440106'
const guangdong = PROFILES.find((profile) => profile.id === 'guangdong-2015')!
const estimate = (overrides: Partial<Parameters<typeof estimateReimbursement>[0]> = {}) =>
  estimateReimbursement({
    insuredRegion: GUANGZHOU,
    insuranceType: 'employee',
    careType: 'inpatient',
    filed: true,
    hospitalLevel: 3,
    totalCost: 30000,
    ...overrides,
  })

describe('guangdong-2015 (粤人社函〔2015〕674号, 人社部发〔2014〕93号)', () => {
  test("一: the insured region's deductible, ratio and cap apply", () => {
    const result = estimate({ filingType: 'long_term_resident' })
    expect(result.profile).toBe('guangdong-2015')
    expect(result.deductible).toBe(guangdong.reimbursement.inpatientDeductible.value.employee[3])
    expect(result.cap).toBe(guangdong.reimbursement.cap.value.employee)
  })

  test('一: retirees living elsewhere keep the home ratio, not the transfer ratio', () => {
    const retiree = estimate({ filingType: 'retiree_resettled' })
    expect(retiree.reductionPoints).toBe(0)
    expect(
      retiree.lines.some(
        (line) => line.source.doc === '粤人社函〔2015〕674号' && line.source.clause === '一',
      ),
    ).toBe(true)
  })

  test('二: at discharge the person pays only the personal share', () => {
    const result = estimate({ filingType: 'referral' })
    expect(result.fundPays + result.selfPays).toBeCloseTo(30000, 2)
    expect(result.selfPays).toBeLessThan(30000)
  })

  // 一 is on 省内异地就医: inside Guangdong the payment scope is the province's; a 跨省 filing keeps the national rule.
  test.each([
    ['440300', '异地就医原则上执行全省统一医疗保险支付范围', { doc: '粤人社函〔2015〕674号', clause: '一' }],
    ['110105', '药品和诊疗项目执行就医地支付范围', { doc: '医保发〔2022〕22号', clause: '二(一)' }],
  ])('a filing to %s is told its payment scope: %s', (destination, words, cited) => {
    FILING_TYPES.forEach((filingType) => {
      const quote = expectOk(quoteFiling(draft({ insuredRegion: GUANGZHOU, filingType, destination }), TODAY))
      const catalogue = quote.notices.find((line) => line.code === 'CATALOGUE')
      expect(catalogue?.text).toContain(words)
      expect(catalogue?.source).toEqual(cited)
    })
  })

  // 人社部发〔2014〕93号 四 only defines 跨省 resettled retirees; it is no list of materials for a 省内 notice's people.
  // 医保发〔2022〕22号 governs the 跨省 filing; inside Guangdong (深圳) its row is what 粤 leaves open, so 参照.
  test.each([
    ['440300', { doc: '医保发〔2022〕22号', clause: '三(一)', reference: true }],
    ['110105', { doc: '医保发〔2022〕22号', clause: '三(一)' }],
  ])(
    'a resettled retiree’s proof to %s is the national row’s, replaceable by a commitment, not 人社部发〔2014〕93号 四',
    (destination, cited) => {
      const quote = expectOk(
        quoteFiling(draft({ insuredRegion: GUANGZHOU, filingType: 'retiree_resettled', destination }), TODAY),
      )
      expect(quote.requiredMaterials).toEqual([
        expect.objectContaining({ kind: 'household_register', replaceableByCommitment: true, source: cited }),
      ])
    },
  )

  // 五 says only "对于异地急诊的参保人员，原则上在参保地按规定进行报销": waiving the unfiled reduction is an example.
  test('an unfiled emergency claim keeps the filed ratio as an example value, not as 人社部发〔2014〕93号 五', () => {
    const emergency = estimate({ filed: false, careType: 'emergency' })
    const unfiled = estimate({ filed: false, careType: 'inpatient' })
    expect(emergency.reductionPoints).toBeLessThan(unfiled.reductionPoints)
    expect(guangdong.reimbursement.unfiledEmergencyExempt).toMatchObject({ illustrative: true })
    expect(emergency.illustrative).toBe(true)
  })
})
