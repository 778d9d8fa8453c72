import type { Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { checklistCiting, GANZHOU_CLAIM_LIST, material } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const hubei = (clause: string) => source('hubei-2022', clause)
const longTermValidity = { value: null, source: hubei('二(一)') }
const sixMonths = { value: 6, source: hubei('二(一)') }
const asAtHome = { value: 0, source: hubei('三(一)') }
const twoWay = { value: false, source: hubei('三(二)') }
const commitmentReplaces = { replaceableByCommitment: true }

export const hubei2022: Profile = {
  ...national2022,
  id: 'hubei-2022',
  name: '湖北省',
  regionPrefixes: [...PROFILE_REGIONS['hubei-2022']],
  offeredTypesSource: hubei('一(一)'),
  types: {
    retiree_resettled: {
      ...NATIONAL_TYPES.retiree_resettled,
      validityMonths: longTermValidity,
      materials: [material('household_register', hubei('一(四)'), commitmentReplaces)],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: asAtHome,
    },
    long_term_resident: {
      ...NATIONAL_TYPES.long_term_resident,
      validityMonths: longTermValidity,
      materials: [material('residence_proof', hubei('一(四)'), commitmentReplaces)],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: asAtHome,
    },
    resident_worker: {
      ...NATIONAL_TYPES.resident_worker,
      validityMonths: longTermValidity,
      materials: [material('work_proof', hubei('一(四)'), commitmentReplaces)],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: asAtHome,
    },
    referral: {
      ...NATIONAL_TYPES.referral,
      validityMonths: sixMonths,
      // 二(三): the referral may not be conditional on a stay in a local hospital; only the referral itself is needed.
      materials: [material('referral_record', hubei('二(三)'))],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: { value: 10, source: hubei('三(一)') },
    },
    temporary: {
      ...NATIONAL_TYPES.temporary,
      validityMonths: sixMonths,
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: { value: 20, source: hubei('三(一)') },
    },
  },
  outpatient: {
    value: {
      direct: true,
      personalAccount: true,
      chronicDiseases: ['高血压', '糖尿病', '恶性肿瘤门诊放化疗', '尿毒症透析', '器官移植术后抗排异治疗'],
    },
    source: hubei('三(三)、三(四)'),
  },
  homeBenefits: {
    value: '备案有效期内确需回参保地就医的，无需撤销备案，可在参保地结算，待遇与本地就医一致',
    source: hubei('三(二)'),
  },
  emergencyUnfiled: {
    value:
      '出院结算前补办备案的，就医地联网定点医疗机构应直接结算；出院自费结算后补办的，可申请手工（零星）报销',
    source: hubei('二(二)'),
  },
  citations: {
    ...national2022.citations,
    catalogue: hubei('三(一)'),
    beforeDischarge: hubei('二(二)'),
    stayWithinValidity: hubei('二(二)'),
    manualAfterwards: hubei('二(二)'),
    commitment: hubei('一(四)'),
  },
  checklist: checklistCiting(GANZHOU_CLAIM_LIST, hubei('二(二)')),
}
