import type { FilingTypeRule, Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { checklistCiting, GANZHOU_CLAIM_LIST, material } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const jining = (clause: string) => source('jining-2023', clause)
const commitmentReplaces = { replaceableByCommitment: true }

const longTerm = (
  base: FilingTypeRule,
  kind: FilingTypeRule['materials'][number]['kind'],
): FilingTypeRule => ({
  ...base,
  validityMonths: { value: null, source: jining('四(一)') },
  backdateDays: { value: 5, source: jining('四(二)') },
  materials: [material(kind, jining('四(一)'), commitmentReplaces)],
  changeLock: { value: { kind: 'months', months: 6, condition: 'after_costs' }, source: jining('四(一)') },
  suspendsHomeSettlement: { value: false, source: jining('三') },
})

const temporary = (base: FilingTypeRule, materials: FilingTypeRule['materials']): FilingTypeRule => ({
  ...base,
  validityMonths: { value: null, source: jining('四(一)') },
  backdateDays: { value: null, source: jining('四(二)') },
  materials,
  changeLock: { value: { kind: 'none' }, source: jining('四(一)') },
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
    referral: temporary(NATIONAL_TYPES.referral, [
      material('referral_record', jining('四(一)'), commitmentReplaces),
    ]),
    emergency: temporary(NATIONAL_TYPES.emergency, []),
    temporary: temporary(NATIONAL_TYPES.temporary, []),
  },
  homeBenefits: {
    value:
      '异地长期居住人员备案有效期内确需回参保地就医的，可在参保地结算；提交就医地户籍证明、居住证或单位工作证明等材料的，享受与参保地同等的医保待遇',
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
