import type { FilingTypeRule, Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { DOCUMENT_FACTS, EXAMPLE_SOURCE, source } from '../sources'
import { checklistCiting, material, NATIONAL_SOURCES } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const ganzhou = (clause: string) => source('ganzhou-2019', clause)

/**
 * 三(一) settles at “赣州市异地就医的…报销比例”, a table of its own, without saying how far it lies below the home
 * ratio: the 0 points are an example the estimate uses, and profiles:print shows the clause alone, with no points.
 */
const asFiled: FilingTypeRule['ratioReductionPoints'] = {
  value: 0,
  source: EXAMPLE_SOURCE,
  illustrative: true,
  remark: {
    text: '按照就医地的医保目录和赣州市异地就医的住院起付线、报销比例、最高支付限额等标准结算',
    source: ganzhou('三(一)'),
  },
}

/**
 * 一(四) “原则上一年内不得变更或取消异地备案” (附件1 告知2 the same) governs every filing the notice covers, inside
 * Jiangxi and outside it: the product's 12 months are that year.
 */
const yearLock: FilingTypeRule['changeLock'] = {
  value: { kind: 'months', months: 12, condition: 'always' },
  source: ganzhou('一(四)'),
  scope: '原则上一年内不得变更或取消异地备案',
  remark: { text: '异地备案期间原则上非客观原因一年内不能变更（取消）异地备案', source: ganzhou('附件1') },
}

/**
 * 医保发〔2022〕22号 is about 跨省 filings: for them its cap (原则上不超过6个月) replaces the year, which exceeds it. The
 * national text is not held, so the cap and its date are stated, not quoted; filings inside Jiangxi keep the year.
 */
const crossProvinceCap: FilingTypeRule['changeLock'] = {
  value: { kind: 'months', months: 6, condition: 'always' },
  source: NATIONAL_SOURCES.validity,
  ceiling: true,
  supersedes: {
    value: yearLock.value,
    source: yearLock.source,
    since: DOCUMENT_FACTS['national-2022']!.issued!,
    // Not a quote of 22号: the product holds no text of it, so the cap is stated, not quoted.
    why: '一(四)原文：“原则上一年内不得变更或取消异地备案”（附件1告知2：“原则上非客观原因一年内不能变更（取消）”）。医保发〔2022〕22号针对跨省异地就医，规定参保地设置的变更或取消备案时限原则上不超过6个月：一年超过该上限，跨省备案按不超过6个月执行；省内备案（赣州统筹地区内，及江西省内赣州统筹地区外）仍按一(四)原则上12个月执行。22号原文未收录，以原文为准；其自印发日（2022-06-30）还是另定日期施行，未经核对。一(四)的暂停刷卡结算，跨省备案同样按22号执行（见下条）；转诊转院、异地急诊门诊住院各限结算一次，本程序未见其被取代的原文，仍按本通知执行',
  },
}

/**
 * 一(四) also stops card settlement at home after a long-term filing. 22号 lets 跨省 long-term filers settle at home
 * as well (双向享受待遇): for 跨省 filings that replaces the stop, by the same precedence as the lock.
 */
const crossProvinceTwoWay: FilingTypeRule['suspendsHomeSettlement'] = {
  value: false,
  source: NATIONAL_SOURCES.twoWay,
  supersedes: {
    value: true,
    source: ganzhou('一(四)'),
    since: DOCUMENT_FACTS['national-2022']!.issued!,
    why: '一(四)原文：“暂停参保人在参保地就医购药刷卡结算”。医保发〔2022〕22号针对跨省异地就医，规定跨省异地长期居住人员备案有效期内确需回参保地就医的，可在参保地享受医保结算服务：跨省备案按此不暂停；省内备案（赣州统筹地区内，及江西省内赣州统筹地区外）仍按一(四)暂停。22号原文未收录，以原文为准；其自印发日（2022-06-30）还是另定日期施行，未经核对',
  },
}

const longTerm = (base: FilingTypeRule): FilingTypeRule => ({
  ...base,
  materials: [],
  materialsNote: {
    value: '只须填报《江西省医疗保险异地备案表》，取消一切不必要的证明材料和盖章',
    source: ganzhou('一(二)'),
  },
  changeLock: yearLock,
  suspendsHomeSettlement: {
    value: true,
    source: ganzhou('一(四)'),
    scope: '参保地就医购药刷卡结算',
  },
  crossProvince: { changeLock: crossProvinceCap, suspendsHomeSettlement: crossProvinceTwoWay },
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

const referralOrEmergency = (base: FilingTypeRule, form: string, clause: string): FilingTypeRule => ({
  ...base,
  // 一(四) gives no period, only single use within the filing (a year for some cancer patients): shown beside it.
  validityMonths: {
    ...base.validityMonths,
    remark: {
      text: '备案期间门诊和住院各限结算一次…部分癌症病人…异地就医备案期放宽至一年内多次有效',
      source: ganzhou('一(四)'),
    },
  },
  materials: [],
  // 一(二) asks only for the form; 附件1 has the lines this type fills in.
  materialsNote: { value: form, source: ganzhou(clause) },
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
      // 二: those already working there need no proof; those about to go file first and supply the 材料 later.
      materials: [
        // 二 says 材料 without naming one: the work proof is what this service collects.
        material('work_proof', source('service', '补充材料种类'), {
          supplyLater: true,
          supplyLaterSource: ganzhou('二'),
          supplyLaterScope: '拟赴就医地工作的参保人员',
        }),
      ],
      materialsNote: {
        value:
          '只须填报《江西省医疗保险异地备案表》，取消一切不必要的证明材料和盖章；已在就医地工作或居住的，取消证明材料；拟赴就医地工作的，允许先备案，承诺在就医地取得材料后及时补充',
        source: ganzhou('一(二)、二'),
      },
      // 二 says 先备案 and 及时补充, but not when the filing takes effect, nor in how many days: the effect on submit
      // is this service's rule, and the 90 days are an example.
      supplement: {
        value: {
          effective: 'on_submit',
          deadlineDays: 90,
          effectiveSource: source('service', '承诺补充生效时点'),
        },
        source: ganzhou('二'),
        illustrative: true,
        scope: '拟赴就医地工作的参保人员',
      },
    },
    referral: referralOrEmergency(
      NATIONAL_TYPES.referral,
      '只须填报《江西省医疗保险异地备案表》，“转诊转院”栏填写转出医疗机构、初步诊断、病情摘要，并请转出医院填写“转出定点医院医保科室负责人意见”、由医生签字',
      '一(二)、附件1',
    ),
    emergency: {
      ...referralOrEmergency(
        NATIONAL_TYPES.emergency,
        '只须填报《江西省医疗保险异地备案表》，在“异地急诊”栏填写病情摘要（可另提供门急诊记录、抢救记录或入院记录等）；须符合赣市人社发〔2017〕29号文件规定的异地急诊备案条件',
        '一(二)、一(三)、附件1',
      ),
      // 四 and 附件1: an emergency admitted first registers from the actual admission time, and no earlier.
      backdateDays: {
        value: 'admission',
        source: ganzhou('四、附件1'),
        scope: '因急诊先入院后备案…根据实际入院时间妥善办理备案',
      },
    },
  },
  // 四 names 因急诊先入院后备案、远程备案人员; every filing made in this service is made remotely.
  // 附件1's 申请备案生效时间 asks for the admission time of anyone 先入院后备案.
  startsFromAdmission: {
    value: true,
    source: ganzhou('四、附件1'),
    scope: '因急诊先入院后备案、远程备案人员…如先入院后备案请备注入院时间',
  },
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
    unfiledReduction: {
      value: { amount: 10, unit: 'percent' },
      source: ganzhou('三(二)'),
      scope: '申请手工报销结算…报销比例在现行统筹地区外报账比例的基础上下降',
    },
    unfiledEmergencyExempt: { value: true, source: ganzhou('三(二)') },
  },
  checklist: ganzhouChecklist,
}
