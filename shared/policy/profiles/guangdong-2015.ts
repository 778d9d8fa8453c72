import type { Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { material } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const guangdong = (clause: string) => source('guangdong-2015', clause)
const hrss = (clause: string) => source('hrss-2014', clause)

/**
 * The catalogue citation stays the national one: 一 gives a province-wide scope (全省统一医疗保险支付范围) for care
 * inside Guangdong, not the treatment place's scope the card states for care anywhere.
 */
export const guangdong2015: Profile = {
  ...national2022,
  id: 'guangdong-2015',
  name: '广东省',
  regionPrefixes: [...PROFILE_REGIONS['guangdong-2015']],
  types: {
    ...NATIONAL_TYPES,
    retiree_resettled: {
      ...NATIONAL_TYPES.retiree_resettled,
      // 人社部发〔2014〕93号 四: resettled retirees hold household registration at the place they live.
      materials: [material('household_register', hrss('四'))],
      // 粤人社函〔2015〕674号 一: retirees living elsewhere keep the home ratio, not the transfer ratio.
      ratioReductionPoints: { value: 0, source: guangdong('一') },
    },
  },
}
