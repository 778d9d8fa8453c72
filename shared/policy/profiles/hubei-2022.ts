import type { Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { checklistCiting, GANZHOU_CLAIM_LIST, material, NATIONAL_SOURCES } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const hubei = (clause: string) => source('hubei-2022', clause)
const longTermValidity = { value: null, source: hubei('二(一)') }
const sixMonths = { value: 6, source: hubei('二(一)') }
/** 三(一) says 原则上: the hedge is shown with the value. */
const asAtHome = { value: 0, source: hubei('三(一)'), scope: '在备案地就医报销待遇原则上与本地就医一致' }
const twoWay = { value: false, source: hubei('三(二)') }
/** 一(四) lets the three long-term types sign a commitment; it names no proof, so the proofs are the national rule's. */
const commitmentReplaces = { replaceableByCommitment: true, commitmentSource: hubei('一(四)') }
const proof = (kind: 'household_register' | 'residence_proof' | 'work_proof') =>
  material(kind, NATIONAL_SOURCES.commitment, commitmentReplaces)
/** 三(一) gives the lowering as an upper bound (原则上…下降不超过): the estimate shows the most it can be. */
const atMost = (points: number) => ({
  value: points,
  source: hubei('三(一)'),
  ceiling: true,
  scope: '原则上',
})

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
      materials: [proof('household_register')],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: asAtHome,
    },
    long_term_resident: {
      ...NATIONAL_TYPES.long_term_resident,
      validityMonths: longTermValidity,
      materials: [proof('residence_proof')],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: asAtHome,
    },
    resident_worker: {
      ...NATIONAL_TYPES.resident_worker,
      validityMonths: longTermValidity,
      materials: [proof('work_proof')],
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: asAtHome,
    },
    referral: {
      ...NATIONAL_TYPES.referral,
      validityMonths: sixMonths,
      // No Hubei clause lists the referral certificate (the national row's); 二(三) says how a referral is given.
      materialsNote: {
        value: '可通过参保地规定的定点医疗机构向统筹区外医疗机构转诊，不得将在本地住院作为开具转诊的先决条件',
        source: hubei('二(三)'),
      },
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: atMost(10),
    },
    temporary: {
      ...NATIONAL_TYPES.temporary,
      validityMonths: sixMonths,
      suspendsHomeSettlement: twoWay,
      ratioReductionPoints: atMost(20),
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
  // 二(二): a filing made late whose start lies after admission but before discharge covers the stay; the start is
  // not moved to the admission date.
  startsFromAdmission: {
    value: false,
    source: hubei('二(二)'),
    remark: {
      text: '参保人员补办的备案有效期起始时间晚于入院时间但早于出院时间的，视为有效备案，可正常直接结算该次住院医疗费用',
      source: hubei('二(二)'),
    },
  },
  emergencyUnfiled: {
    value:
      '出院结算前补办备案的，就医地联网定点医疗机构应直接结算；出院自费结算后补办的，可按参保地规定申请手工（零星）报销',
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
