import type { FilingTypeRule, Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { DOCUMENT_FACTS, EXAMPLE_SOURCE, source } from '../sources'
import { checklistCiting, material, NATIONAL_SOURCES } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const ganzhou = (clause: string) => source('ganzhou-2019', clause)
// 三(一) settles at Ganzhou's out-of-area ratio without saying how far it lies below the home ratio.
const asFiled = { value: 0, source: ganzhou('三(一)'), illustrative: true }

/** 一(四)'s one-year lock is longer than the national cap, which is in force since 医保发〔2022〕22号. */
const cappedLock: FilingTypeRule['changeLock'] = {
  value: { kind: 'months', months: 6, condition: 'always' },
  source: NATIONAL_SOURCES.validity,
  supersedes: {
    value: { kind: 'months', months: 12, condition: 'always' },
    source: ganzhou('一(四)'),
    since: DOCUMENT_FACTS['national-2022']!.issued!,
    // Not a quote: the product holds no text of 医保发〔2022〕22号, so the cap is stated, not quoted.
    why: '医保发〔2022〕22号规定参保地设置的变更或取消备案时限原则上不超过6个月（该文件原文未收录，以原文为准），原“一年内不得变更或取消”超过此上限',
  },
}

const longTerm = (base: FilingTypeRule): FilingTypeRule => ({
  ...base,
  materials: [],
  changeLock: cappedLock,
  suspendsHomeSettlement: { value: true, source: ganzhou('一(四)') },
  ratioReductionPoints: asFiled,
})

const onceEach = {
  value: {
    outpatient: 1,
    inpatient: 1,
    exception: '需定期到市外首次手术医院复诊（含放化疗）的部分癌症病人，备案一年内多次有效',
  },
  source: ganzhou('一(四)'),
}

const referralOrEmergency = (base: FilingTypeRule): FilingTypeRule => ({
  ...base,
  materials: [],
  settlementLimit: onceEach,
  ratioReductionPoints: asFiled,
})

const listed = checklistCiting(ganzhou('三(三)'), ganzhou('三(二)'))
/** 三(三): 院前急诊 costs need 住院前急诊记录 and 急诊后出院记录 both. */
const ganzhouChecklist: Profile['checklist'] = {
  ...listed,
  emergency: listed.emergency.map((item) =>
    item.kind === 'discharge_record' ? { ...item, required: true } : item,
  ),
}

export const ganzhou2019: Profile = {
  ...national2022,
  id: 'ganzhou-2019',
  name: '江西省赣州市',
  regionPrefixes: [...PROFILE_REGIONS['ganzhou-2019']],
  offeredTypesSource: ganzhou('一(一)'),
  types: {
    retiree_resettled: longTerm(NATIONAL_TYPES.retiree_resettled),
    long_term_resident: longTerm(NATIONAL_TYPES.long_term_resident),
    resident_worker: {
      ...longTerm(NATIONAL_TYPES.resident_worker),
      // 二: people about to leave for work file first and supply the work proof once they have it.
      materials: [material('work_proof', ganzhou('二'), { supplyLater: true })],
      supplement: {
        value: { effective: 'on_submit', deadlineDays: 90 },
        source: EXAMPLE_SOURCE,
        illustrative: true,
      },
    },
    referral: referralOrEmergency(NATIONAL_TYPES.referral),
    emergency: referralOrEmergency(NATIONAL_TYPES.emergency),
  },
  startsFromAdmission: { value: true, source: ganzhou('四') },
  homeBenefits: {
    value: '异地安置、长期居住、常驻异地工作备案生效后，暂停在参保地就医购药刷卡结算',
    source: ganzhou('一(四)'),
  },
  // 一(二): 只须填报《江西省医疗保险异地备案表》(附件1).
  printedForm: { value: '江西省医疗保险异地备案表', source: ganzhou('一(二)、附件1') },
  emergencyUnfiled: {
    value: '因急诊先入院后备案的，按实际入院时间办理备案；未备案的手工报销不因未备案降低比例',
    source: ganzhou('四、三(二)'),
  },
  citations: {
    ...national2022.citations,
    target: ganzhou('一(一)'),
    catalogue: ganzhou('三(一)'),
    manualAfterwards: ganzhou('三(二)'),
  },
  reimbursement: {
    ...national2022.reimbursement,
    unfiledReductionPoints: { value: 10, source: ganzhou('三(二)') },
    unfiledEmergencyExempt: { value: true, source: ganzhou('三(二)') },
  },
  checklist: ganzhouChecklist,
}
