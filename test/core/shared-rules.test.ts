import { stayCoverage } from '@shared/rules/coverage'
import { quoteFiling } from '@shared/rules/quote'
import { planSubmission } from '@shared/rules/submission'
import { draft, expectOk, submitted, TODAY } from './drafts'

describe('rules shared by all profiles', () => {
  test.each([
    ['420102', { level: 'city', code: '420100', name: '武汉市' }],
    ['429004', { level: 'city', code: '429004', name: '仙桃市' }],
    ['110105', { level: 'province', code: '110000', name: '北京市' }],
    ['120101', { level: 'province', code: '120000', name: '天津市' }],
    ['310104', { level: 'province', code: '310000', name: '上海市' }],
    ['500229', { level: 'province', code: '500000', name: '重庆市' }],
    ['460105', { level: 'province', code: '460000', name: '海南省' }],
    ['540102', { level: 'province', code: '540000', name: '西藏自治区' }],
  ])(
    '赣市医保字〔2019〕21号 一(一): a filing to %s goes to the pooling region, never a hospital',
    (destination, target) => {
      const quote = expectOk(quoteFiling(draft({ insuredRegion: '370100', destination }), TODAY))
      expect(quote.target).toEqual(target)
    },
  )

  test('一(一): a place inside the insured pooling region needs no filing', () => {
    const result = quoteFiling(draft({ insuredRegion: '420100', destination: '420111' }), TODAY)
    expect(!result.ok && result.error.code).toBe('POLICY.SAME_REGION')
  })

  test('济宁 四(二), 鄂 二(二): a filing completed before discharge settles the stay directly', () => {
    const facts = submitted({ insuredRegion: '420100', startDate: TODAY })
    expect(expectOk(stayCoverage(facts, '2026-11-20')).directSettlement).toBe(true)
  })

  test('鄂 二(二), 济宁 七: self-paid at discharge and filed afterwards → manual reimbursement', () => {
    const facts = submitted({ insuredRegion: '420100', startDate: TODAY })
    const coverage = expectOk(stayCoverage(facts, '2026-11-10', '2026-11-18'))
    expect(coverage.directSettlement).toBe(false)
    expect(coverage.reason).toContain('手工报销')
  })

  test('a stay admitted after the validity ended is not covered', () => {
    const facts = submitted({ insuredRegion: '420100', startDate: '2026-01-05' }, '2026-01-05')
    expect(expectOk(stayCoverage(facts, '2026-08-01')).directSettlement).toBe(false)
  })

  test('代办: filing for a family member needs the confirmed consent', () => {
    const result = planSubmission(draft({ relation: 'parent' }), TODAY)
    expect(!result.ok && result.error).toMatchObject({
      code: 'VALIDATION',
      path: 'draft.commitment.proxyConsent',
    })
    const quote = expectOk(quoteFiling(draft({ relation: 'parent' }), TODAY))
    expect(quote.commitments.map((commitment) => commitment.id)).toContain('proxy_consent')
  })

  test('a filing is not submitted without accepting the commitment letter', () => {
    const result = planSubmission(draft({ commitment: { accepted: false } }), TODAY)
    expect(!result.ok && result.error.path).toBe('draft.commitment.accepted')
  })

  test('a referral filing needs the referring hospital, diagnosis and summary', () => {
    const result = planSubmission(
      draft({ filingType: 'referral', materials: [{ kind: 'referral_record', fileID: 'r' }] }),
      TODAY,
    )
    expect(!result.ok && result.error.path).toBe('draft.referral')
  })

  test('the start date may not lie beyond the allowed range ahead', () => {
    const result = quoteFiling(draft({ startDate: '2027-06-01' }), TODAY)
    expect(!result.ok && result.error.code).toBe('POLICY.START_TOO_LATE')
  })

  test('an admission date in the future is refused', () => {
    const result = quoteFiling(draft({ admissionDate: '2026-11-24' }), TODAY)
    expect(!result.ok && result.error.path).toBe('draft.admissionDate')
  })
})
