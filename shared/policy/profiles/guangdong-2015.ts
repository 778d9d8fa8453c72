import type { Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const guangdong = (clause: string) => source('guangdong-2015', clause)
const hrss = (clause: string) => source('hrss-2014', clause)

/**
 * 一 gives a province-wide payment scope (全省统一医疗保险支付范围) for care inside Guangdong, the notice's only subject:
 * a 省内 filing's card says so; a 跨省 one keeps the national rule (the treatment place's scope).
 */
export const guangdong2015: Profile = {
  ...national2022,
  id: 'guangdong-2015',
  name: '广东省',
  regionPrefixes: [...PROFILE_REGIONS['guangdong-2015']],
  types: {
    ...NATIONAL_TYPES,
    // 人社部发〔2014〕93号 四 defines 跨省 resettled retirees; it lists no material, so the national row's proofs stand.
    retiree_resettled: {
      ...NATIONAL_TYPES.retiree_resettled,
      // 粤人社函〔2015〕674号 一: retirees living elsewhere keep the home ratio, not the transfer ratio.
      ratioReductionPoints: {
        value: 0,
        source: guangdong('一'),
        scope: '异地居住退休人员原则上执行参保地支付比例，不按转外就医的支付比例',
      },
    },
  },
  citations: {
    ...national2022.citations,
    catalogueInsideProvince: {
      text: '异地就医原则上执行全省统一医疗保险支付范围，起付标准、支付比例和最高支付限额执行参保地的政策',
      source: guangdong('一'),
    },
  },
  emergencyUnfiled: {
    ...national2022.emergencyUnfiled,
    remark: { text: '对于异地急诊的参保人员，原则上在参保地按规定进行报销', source: hrss('五') },
  },
}
