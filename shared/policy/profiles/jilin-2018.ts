import type { FilingTypeRule, Profile } from '../profile.schema'
import { PROFILE_REGIONS } from '../profile-regions'
import { source } from '../sources'
import { material } from './common'
import { NATIONAL_TYPES, national2022 } from './national-2022'

const jilin = (clause: string) => source('jilin-2018', clause)
const residenceProofOnly = jilin('二(二)')
const changeAnyTime = { value: { kind: 'none' as const }, source: jilin('二(二)') }

const longTerm = (base: FilingTypeRule): FilingTypeRule => ({
  ...base,
  materials: [material('residence_proof', residenceProofOnly)],
  changeLock: changeAnyTime,
})

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
      // 三(二) 承诺补充制: file before leaving, supply the proof from the destination; effective once supplied.
      materials: [material('residence_proof', jilin('三(二)'), { supplyLater: true })],
      // The clause says 及时补充 and gives no number: the 90 days are an example value.
      supplement: {
        value: { effective: 'on_supplement', deadlineDays: 90 },
        source: jilin('三(二)'),
        illustrative: true,
      },
    },
    referral: { ...NATIONAL_TYPES.referral, materials: [material('referral_record', jilin('二(三)'))] },
    emergency: NATIONAL_TYPES.emergency,
    temporary: NATIONAL_TYPES.temporary,
  },
  // 二(三) names the pooling-region levels a filing goes to (市州 in the province, 市级 across provinces, six provinces whole).
  citations: { ...national2022.citations, target: jilin('二(三)') },
}
