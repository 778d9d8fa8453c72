import { estimateReimbursement } from '@shared/rules/estimate'
import { mayChange } from '@shared/rules/filing-changes'
import { quoteFiling } from '@shared/rules/quote'
import { draft, expectOk, REGION_OF, submitted, TODAY } from './drafts'

const ELSEWHERE = REGION_OF['national-2022']

describe('national-2022 (医保发〔2022〕22号, the default profile)', () => {
  test('二(三): a long-term filing is valid without end', () => {
    expect(
      expectOk(quoteFiling(draft({ insuredRegion: ELSEWHERE, filingType: 'long_term_resident' }), TODAY))
        .validUntil,
    ).toBeNull()
  })

  test('二(三): the insured region may lock change or cancel of a long-term filing for at most 6 months', () => {
    const facts = submitted({ insuredRegion: ELSEWHERE, filingType: 'resident_worker' })
    const early = mayChange(facts, '2027-05-22')
    expect(!early.ok && early.error).toMatchObject({
      code: 'POLICY.CHANGE_LOCKED',
      source: { clause: '二(三)' },
    })
    expect(mayChange(facts, '2027-05-23').ok).toBe(true)
  })

  test.each(['temporary', 'emergency'] as const)(
    '二(三): a %s filing is valid for at least 6 months, many visits',
    (filingType) => {
      const quote = expectOk(
        quoteFiling(
          draft({ insuredRegion: ELSEWHERE, filingType, emergency: { summary: '突发心梗' } }),
          TODAY,
        ),
      )
      expect(quote.validUntil).toBe('2027-05-22')
      expect(quote.notices.find((notice) => notice.code === 'VALIDITY')?.text).toContain('多次就诊')
    },
  )

  test.each([
    ['referral', 10],
    ['emergency', 10],
    ['temporary', 20],
  ] as const)('二(六): a %s filing lowers the ratio by at most %i points', (filingType, points) => {
    const estimate = estimateReimbursement({
      insuredRegion: ELSEWHERE,
      insuranceType: 'employee',
      careType: 'inpatient',
      filed: true,
      filingType,
      totalCost: 5000,
    })
    expect(estimate.reductionPoints).toBe(points)
  })

  test('二(五): long-term filers enjoy benefits in both directions', () => {
    const quote = expectOk(
      quoteFiling(draft({ insuredRegion: ELSEWHERE, filingType: 'retiree_resettled' }), TODAY),
    )
    expect(quote.notices).toContainEqual(expect.objectContaining({ code: 'TWO_WAY' }))
    expect(quote.notices.map((notice) => notice.code)).not.toContain('HOME_SETTLEMENT_SUSPENDED')
  })

  test('三(一): emergency treatment counts as filed and settles as a temporary filing', () => {
    const estimate = estimateReimbursement({
      insuredRegion: ELSEWHERE,
      insuranceType: 'employee',
      careType: 'emergency',
      filed: false,
      totalCost: 5000,
    })
    expect(estimate.reductionPoints).toBe(10)
    expect(estimate.lines.some((line) => line.text.includes('不因未备案下调支付比例'))).toBe(true)
  })
})
