import { PROFILES } from '@shared/policy/profiles'
import { claimChecklist } from '@shared/rules/claim-checklist'
import { stayCoverage } from '@shared/rules/coverage'
import { estimateReimbursement } from '@shared/rules/estimate'
import { mayCancel, mayChange } from '@shared/rules/filing-changes'
import { filingStatus } from '@shared/rules/filing-status'
import { typeSummary } from '@shared/rules/filing-terms'
import { quoteFiling } from '@shared/rules/quote'
import { planSubmission } from '@shared/rules/submission'
import { addDays } from '@shared/time/calendar'
import { draft, expectOk, submitted, TODAY } from './drafts'

const GANZHOU = '360702'
const ganzhou = PROFILES.find((profile) => profile.id === 'ganzhou-2019')!
const referral = { fromHospital: '赣州市人民医院', diagnosis: '冠心病', summary: '需介入治疗' }

describe('ganzhou-2019 (赣市医保字〔2019〕21号)', () => {
  test('一(一): five types including emergency; other temporary trips are not offered', () => {
    expect(Object.keys(ganzhou.types).sort()).toEqual(
      ['emergency', 'long_term_resident', 'referral', 'resident_worker', 'retiree_resettled'].sort(),
    )
    const result = quoteFiling(draft({ insuredRegion: GANZHOU, filingType: 'temporary' }), TODAY)
    expect(!result.ok && result.error.source).toEqual({ doc: '赣市医保字〔2019〕21号', clause: '一(一)' })
  })

  test('一(一): the filing goes to the pooling region; 海南 to the province', () => {
    const quote = expectOk(
      quoteFiling(
        draft({ insuredRegion: GANZHOU, filingType: 'long_term_resident', destination: '469002' }),
        TODAY,
      ),
    )
    expect(quote.target).toEqual({ level: 'province', code: '460000', name: '海南省' })
  })

  test.each(['retiree_resettled', 'long_term_resident', 'referral', 'emergency'] as const)(
    '一(二): a %s filing needs only the filing form, no proofs',
    (filingType) => {
      const quote = expectOk(
        quoteFiling(draft({ insuredRegion: GANZHOU, filingType, startDate: TODAY }), TODAY),
      )
      expect(quote.requiredMaterials).toEqual([])
      // The card says what the form asks instead of nothing, with 一(二) (and 附件1 for its lines).
      expect(quote.notices).toContainEqual(
        expect.objectContaining({
          code: 'MATERIALS',
          text: expect.stringContaining('只须填报《江西省医疗保险异地备案表》'),
          source: expect.objectContaining({ clause: expect.stringMatching(/^一\(二\)/) }),
        }),
      )
    },
  )

  test('附件1: the referral card lists the form’s referral lines; the emergency card its summary and 一(三)’s conditions', () => {
    const notes = (filingType: 'referral' | 'emergency') =>
      expectOk(quoteFiling(draft({ insuredRegion: GANZHOU, filingType }), TODAY)).notices.find(
        (notice) => notice.code === 'MATERIALS',
      )?.text
    expect(notes('referral')).toContain('转出定点医院医保科室负责人意见')
    expect(notes('emergency')).toContain('赣市人社发〔2017〕29号文件规定的异地急诊备案条件')
  })

  // 四: “对因急诊先入院后备案、远程备案人员要根据实际入院时间妥善办理备案” — back to the admission, whatever the window.
  test.each(['emergency', 'retiree_resettled'] as const)(
    '四: a %s filing admitted 60 days ago is filed from the actual admission date',
    (filingType) => {
      const admissionDate = addDays(TODAY, -60)
      const quote = expectOk(quoteFiling(draft({ insuredRegion: GANZHOU, filingType, admissionDate }), TODAY))
      expect(quote.validFrom).toBe(admissionDate)
      expect(quote.earliestStart).toBe(admissionDate)
    },
  )

  // 四、附件1 tie an emergency's start to the actual admission: “可追溯至实际入院时间”, not “不限”.
  test('四、附件1: an emergency start goes back to the admission date and no further', () => {
    const refused = (overrides: Parameters<typeof draft>[0]) => {
      const result = quoteFiling(
        draft({ insuredRegion: GANZHOU, filingType: 'emergency', ...overrides }),
        TODAY,
      )
      return !result.ok && result.error
    }
    expect(refused({ startDate: addDays(TODAY, -400) })).toMatchObject({
      code: 'POLICY.BACKDATE_LIMIT',
      message: `备案开始日期最早可选 ${TODAY}：异地急诊（抢救）人员备案可追溯至实际入院日期；未入院的，开始日期不能早于今天`,
      source: { doc: '赣市医保字〔2019〕21号', clause: '四、附件1' },
    })
    expect(ganzhou.types.emergency?.backdateDays.value).toBe('admission')
    // Admitted 10 days ago: from the admission, not before it.
    const admissionDate = addDays(TODAY, -10)
    expect(
      expectOk(quoteFiling(draft({ insuredRegion: GANZHOU, filingType: 'emergency', admissionDate }), TODAY))
        .earliestStart,
    ).toBe(admissionDate)
    // Without an admission a long-term filing keeps the example window.
    const longTerm = quoteFiling(
      draft({ insuredRegion: GANZHOU, filingType: 'retiree_resettled', startDate: addDays(TODAY, -60) }),
      TODAY,
    )
    expect(!longTerm.ok && longTerm.error.code).toBe('POLICY.BACKDATE_LIMIT')
  })

  test('一(四): a long-term filing inside Jiangxi suspends card settlement at home; a 跨省 one does not (22号 二(五))', () => {
    const home = (destination: string) =>
      expectOk(
        quoteFiling(draft({ insuredRegion: GANZHOU, filingType: 'retiree_resettled', destination }), TODAY),
      ).notices.find((notice) => ['HOME_SETTLEMENT_SUSPENDED', 'TWO_WAY'].includes(notice.code))
    expect(home('360100')).toEqual({
      code: 'HOME_SETTLEMENT_SUSPENDED',
      text: '异地安置、长期居住、常驻异地工作备案生效后，暂停在参保地就医购药刷卡结算',
      source: { doc: '赣市医保字〔2019〕21号', clause: '一(四)' },
    })
    expect(home('440300')).toEqual({
      code: 'TWO_WAY',
      text: '跨省备案在备案有效期内确需回参保地就医的，无需撤销备案，可在参保地结算。赣市医保字〔2019〕21号规定长期类备案暂停参保地刷卡结算；跨省备案按医保发〔2022〕22号（2022-06-30 印发）执行',
      source: { doc: '医保发〔2022〕22号', clause: '二(五)' },
    })
  })

  const NANCHANG = '360100'
  const SHENZHEN = '440300'

  test('一(四) “原则上一年内不得变更或取消”: a filing inside Jiangxi is locked 12 months, and the card says so', () => {
    const facts = submitted({
      insuredRegion: GANZHOU,
      filingType: 'long_term_resident',
      destination: NANCHANG,
    })
    const inside = { ...facts, crossProvince: false }
    const locked = mayCancel(inside, '2027-11-22')
    expect(!locked.ok && locked.error).toMatchObject({
      code: 'POLICY.CHANGE_LOCKED',
      source: { doc: '赣市医保字〔2019〕21号', clause: '一(四)' },
    })
    expect(!locked.ok && locked.error.message).toContain(
      '江西省赣州市规定：备案满 12 个月后方可撤销，即 2027-11-23 起',
    )
    expect(mayChange(inside, '2027-11-23').ok).toBe(true)
    // Unknown scope: the notice's own year, never the shorter cap.
    expect(mayCancel(facts, '2027-11-22').ok).toBe(false)
    const quote = expectOk(
      quoteFiling(
        draft({ insuredRegion: GANZHOU, filingType: 'long_term_resident', destination: NANCHANG }),
        TODAY,
      ),
    )
    expect(quote.notices.find((notice) => notice.code === 'CHANGE_LOCK')).toEqual({
      code: 'CHANGE_LOCK',
      text: '备案后 12 个月内原则上不能变更或撤销（客观原因除外）',
      source: { doc: '赣市医保字〔2019〕21号', clause: '一(四)' },
    })
  })

  test('一(四) is capped for 跨省 filings by 医保发〔2022〕22号 二(三) at 6 months, and the card says so', () => {
    const facts = submitted({
      insuredRegion: GANZHOU,
      filingType: 'long_term_resident',
      destination: SHENZHEN,
    })
    const across = { ...facts, crossProvince: true }
    const locked = mayCancel(across, '2027-05-22')
    expect(!locked.ok && locked.error).toMatchObject({
      code: 'POLICY.CHANGE_LOCKED',
      source: { doc: '医保发〔2022〕22号', clause: '二(三)' },
    })
    expect(!locked.ok && locked.error.message).toContain(
      '跨省备案按医保发〔2022〕22号：备案满 6 个月后方可撤销',
    )
    expect(mayChange(across, '2027-05-23').ok).toBe(true)
    expect(ganzhou.types.long_term_resident?.changeLock).toMatchObject({
      value: { months: 12 },
      source: { doc: '赣市医保字〔2019〕21号', clause: '一(四)' },
    })
    expect(ganzhou.types.long_term_resident?.crossProvince?.changeLock?.supersedes).toMatchObject({
      value: { months: 12 },
      source: { doc: '赣市医保字〔2019〕21号', clause: '一(四)' },
      since: '2022-06-30',
    })
    const quote = expectOk(
      quoteFiling(
        draft({ insuredRegion: GANZHOU, filingType: 'long_term_resident', destination: SHENZHEN }),
        TODAY,
      ),
    )
    expect(quote.notices.find((notice) => notice.code === 'CHANGE_LOCK')?.text).toBe(
      '备案后 6 个月内原则上不能变更或撤销（客观原因除外）。赣市医保字〔2019〕21号规定 12 个月；跨省备案按医保发〔2022〕22号（2022-06-30 印发）不超过 6 个月执行',
    )
  })

  test('the type choice says the year and the 跨省 cap before a destination is chosen', () => {
    expect(typeSummary(ganzhou.types.retiree_resettled!)).toBe(
      '长期有效；12 个月内原则上不能变更或撤销（跨省备案不超过 6 个月）',
    )
  })

  test('一(四): referral and emergency settle once for outpatient and once for inpatient, cancer follow-up excepted', () => {
    const facts = submitted({ insuredRegion: GANZHOU, filingType: 'referral', referral })
    expect(ganzhou.types.referral?.settlementLimit?.value).toMatchObject({ outpatient: 1, inpatient: 1 })
    expect(ganzhou.types.emergency?.settlementLimit?.value.exception).toContain('癌症')
    expect(expectOk(stayCoverage(facts, TODAY)).reason).toContain('各限直接结算 1 次')
  })

  test('二: 承诺补充 — a worker files first and supplies the work proof later', () => {
    const plan = expectOk(
      planSubmission(
        draft({
          insuredRegion: GANZHOU,
          filingType: 'resident_worker',
          commitment: { accepted: true, supplementLater: true },
        }),
        TODAY,
      ),
    )
    expect(plan.facts.outstandingMaterials).toEqual(['work_proof'])
    expect(plan.quote.commitments.map((commitment) => commitment.id)).toContain('supplement_later')
    expect(filingStatus(plan.facts, TODAY)).toBe('effective')
    // 二 does not say when the filing takes effect: the card says so and names the service rule applied.
    const notices = plan.quote.notices
    expect(notices.find((notice) => notice.code === 'SUPPLEMENT_ON_SUBMIT')).toEqual({
      code: 'SUPPLEMENT_ON_SUBMIT',
      text: '通知未规定承诺补充备案何时生效；本程序按提交即生效办理',
      source: { doc: '本程序服务规则', clause: '承诺补充生效时点' },
    })
    expect(notices.find((notice) => notice.code === 'SUPPLEMENT_DUE')?.text).not.toContain('生效')
    expect(
      notices.some((notice) => notice.text.includes('提交即生效') && notice.source.doc !== '本程序服务规则'),
    ).toBe(false)
    // The work proof is the service's choice of 材料, not a clause's.
    expect(plan.quote.requiredMaterials[0].source).toEqual({ doc: '本程序服务规则', clause: '补充材料种类' })
  })

  test.each([
    ['filed, settled manually: the out-of-area ratio', true, 'inpatient', 0.7],
    // “在现行统筹地区外报账比例的基础上下降 10%”: a tenth of the ratio (70% → 63%), not 10 points (70% → 60%).
    ['not filed: the ratio lowered by 10% of itself', false, 'inpatient', 0.63],
    ['not filed but emergency: not lowered', false, 'emergency', 0.7],
  ] as const)('三(二): %s', (_, filed, careType, ratio) => {
    const estimate = estimateReimbursement({
      insuredRegion: GANZHOU,
      insuranceType: 'resident',
      careType,
      filed,
      filingType: filed ? 'long_term_resident' : undefined,
      hospitalLevel: 2,
      totalCost: 20000,
    })
    expect(estimate.ratio).toBe(ratio)
    if (ratio < 0.7) {
      expect(estimate.reduction).toBe('报销比例在原比例基础上下降 10%')
      expect(estimate.lines.map((line) => line.text)).toContainEqual(
        expect.stringContaining('报销比例在原比例基础上下降 10%（按 63% 计算）'),
      )
    }
  })

  test.each([
    ['inpatient', ['claim_form', 'invoice', 'cost_list', 'discharge_record']],
    [
      'emergency',
      ['claim_form', 'invoice', 'cost_list', 'pre_admission_emergency_record', 'discharge_record'],
    ],
  ] as const)(
    '三(三): manual reimbursement of %s care needs the form, invoices, cost list and records',
    (careType, kinds) => {
      const required = claimChecklist(GANZHOU, careType).materials.filter((item) => item.required)
      expect(required.map((item) => item.kind)).toEqual(kinds)
      expect(required.every((item) => item.source.clause === '三(三)')).toBe(true)
    },
  )

  test('四: admitted first and filed afterwards, the filing registers from the actual admission date', () => {
    const quote = expectOk(
      quoteFiling(
        draft({
          insuredRegion: GANZHOU,
          filingType: 'emergency',
          emergency: { summary: '车祸外伤' },
          admissionDate: '2026-11-20',
        }),
        TODAY,
      ),
    )
    expect(quote.validFrom).toBe('2026-11-20')
  })
})
