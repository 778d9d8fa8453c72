import type { FilingTypeRule, Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { material, NATIONAL_SOURCES } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const jilin = (clause: string) => source('jilin-2018', clause)
/** 二(二): those already working or living there are asked only for the residence proof. */
const residenceProofOnly = jilin('二(二)')

/**
 * No held clause gives Jilin a change/cancel lock. Changing at any time is this service's example, within the
 * national cap (不超过6个月) it is shown under; what 二(二) does say is its own row: no cap on 变更登记 a year.
 */
const changeAnyTime: FilingTypeRule['changeLock'] = {
  value: { kind: 'none' },
  source: NATIONAL_SOURCES.validity,
  illustrative: true,
  ceiling: true,
  bound: { kind: 'months', months: 6, condition: 'always' },
}

/** 二(二) “取消长期异地就医人员一个自然年度申请居住地和参保地就医变更登记2次的限制”. */
const noYearlyCap: FilingTypeRule['changesPerYear'] = {
  value: null,
  source: jilin('二(二)'),
  scope: '取消长期异地就医人员一个自然年度申请居住地和参保地就医变更登记2次的限制',
}

/**
 * The three long-term types are 长期异地就医人员: 二(三) sets 长期异地就医备案 apart only from 急诊 and 转诊转院
 * filings, so 二(二)'s lifted cap covers 常驻 workers too.
 */
const longTerm = (base: FilingTypeRule): FilingTypeRule => ({
  ...base,
  materials: [material('residence_proof', residenceProofOnly)],
  changeLock: changeAnyTime,
  changesPerYear: noYearlyCap,
})

/** 三(二) 承诺补充制 is for the 两类人员 (三: 外出农民工和外来就业创业人员) about to leave for work, not every 常驻 person. */
const TWO_GROUPS_LEAVING = '拟赴就医地工作的两类人员'

export const jilin2018: Profile = {
  ...national2022,
  id: 'jilin-2018',
  name: '吉林省',
  regionPrefixes: [...PROFILE_REGIONS['jilin-2018']],
  types: {
    retiree_resettled: longTerm(NATIONAL_TYPES.retiree_resettled),
    long_term_resident: longTerm(NATIONAL_TYPES.long_term_resident),
    resident_worker: {
      ...longTerm(NATIONAL_TYPES.resident_worker),
      materials: [
        material('residence_proof', residenceProofOnly, {
          supplyLater: true,
          supplyLaterSource: jilin('三(二)'),
          supplyLaterScope: TWO_GROUPS_LEAVING,
        }),
      ],
      // 三(二): 及时补充, effective once supplied; it gives no number of days, so the 90 days are an example.
      supplement: {
        value: { effective: 'on_supplement', deadlineDays: 90 },
        source: jilin('三(二)'),
        illustrative: true,
        scope: TWO_GROUPS_LEAVING,
        // Who the 两类人员 are: 三's heading names them.
        remark: { text: '外出农民工和外来就业创业人员', source: jilin('三') },
      },
    },
    // No held notice names a 转诊转院证明: the national profile's row stands. 二(三) states its target.
    referral: { ...NATIONAL_TYPES.referral, targetSource: jilin('二(三)') },
    emergency: NATIONAL_TYPES.emergency,
    temporary: NATIONAL_TYPES.temporary,
  },
  // 二(三) names the pooling-region target only for 转诊转院 filings (its row); for the other types it stays 参照.
}
