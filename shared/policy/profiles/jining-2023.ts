import type { FilingTypeRule, Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { checklistCiting, GANZHOU_CLAIM_LIST, material, NATIONAL_SOURCES, noLock } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const jining = (clause: string) => source('jining-2023', clause)
/** 四(一) 全面实行承诺制自助备案; the proofs themselves it does not list, so they are the national rule's. */
const commitmentReplaces = { replaceableByCommitment: true, commitmentSource: jining('四(一)') }

const longTerm = (
  base: FilingTypeRule,
  kind: FilingTypeRule['materials'][number]['kind'],
): FilingTypeRule => ({
  ...base,
  validityMonths: { value: null, source: jining('四(一)') },
  backdateDays: { value: 5, source: jining('四(二)') },
  materials: [material(kind, NATIONAL_SOURCES.commitment, commitmentReplaces)],
  // 四(一) has both halves: 随时 without costs at the filed place, 6 months once there were some.
  changeLock: {
    value: { kind: 'months', months: 6, condition: 'after_costs' },
    source: jining('四(一)'),
    scope: '未在备案地发生医疗费用的，可随时变更或取消备案',
  },
  suspendsHomeSettlement: {
    value: false,
    source: jining('三'),
    scope:
      '跨省异地长期居住人员备案有效期内确需回参保地就医的，可以在参保地享受医保结算服务，异地长期居住人员备案有效期内确需回参保地就医的，通过提交备案就医地户籍证明、居住证或单位工作证明等材料，可享受与参保地同等的医保待遇',
  },
})

const temporary = (base: FilingTypeRule, materials: FilingTypeRule['materials']): FilingTypeRule => ({
  ...base,
  validityMonths: { value: null, source: jining('四(一)'), scope: '临时外出就医人员备案不再设置有效期' },
  backdateDays: { value: null, source: jining('四(二)') },
  materials,
  // 四(一)'s 随时 is for long-term residents without costs; for temporary filings the national rule stands.
  changeLock: noLock,
  suspendsHomeSettlement: { value: false, source: jining('四(一)') },
})

export const jining2023: Profile = {
  ...national2022,
  id: 'jining-2023',
  name: '山东省济宁市',
  regionPrefixes: [...PROFILE_REGIONS['jining-2023']],
  types: {
    retiree_resettled: longTerm(NATIONAL_TYPES.retiree_resettled, 'household_register'),
    long_term_resident: longTerm(NATIONAL_TYPES.long_term_resident, 'residence_proof'),
    resident_worker: longTerm(NATIONAL_TYPES.resident_worker, 'work_proof'),
    // No Jining clause names a referral certificate or lets a commitment replace it: the national row stands.
    referral: temporary(NATIONAL_TYPES.referral, NATIONAL_TYPES.referral.materials),
    emergency: temporary(NATIONAL_TYPES.emergency, []),
    temporary: temporary(NATIONAL_TYPES.temporary, []),
  },
  // 四(二) sets how far back a late filing may start, per type (5 days long-term, no limit temporary): a temporary
  // filing reaches the admission date through that window. The start is the date chosen, never moved for the person.
  startsFromAdmission: {
    value: false,
    source: jining('四(二)'),
    scope:
      '补办异地长期居住备案的…备案起始日期自补办备案之日最多可往前提前 5 日；补办临时外出就医备案的，备案起始日期不受限制',
  },
  homeBenefits: {
    value:
      '跨省异地长期居住人员备案有效期内确需回参保地就医的，可以在参保地享受医保结算服务；异地长期居住人员备案有效期内确需回参保地就医的，提交备案就医地户籍证明、居住证或单位工作证明等材料，可享受与参保地同等的医保待遇',
    source: jining('三'),
  },
  emergencyUnfiled: {
    value: '急诊抢救未办理备案的视同已备案，按临时外出就医人员待遇直接结算',
    source: jining('五(一)'),
  },
  traumaCommitment: { value: true, source: jining('五(二)') },
  citations: {
    ...national2022.citations,
    beforeDischarge: jining('四(二)'),
    manualAfterwards: jining('七'),
    commitment: jining('四(一)'),
  },
  reimbursement: {
    ...national2022.reimbursement,
    unfiledEmergencyExempt: { value: true, source: jining('五(一)') },
  },
  checklist: checklistCiting(GANZHOU_CLAIM_LIST, jining('七')),
}
