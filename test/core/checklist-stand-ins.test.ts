// The claim checklist's stand-ins, read from every profile's table: the invoice row of every kind of care may be
// answered by an e-invoice the verification service confirmed — a rule of this service, labelled as one — and
// nothing else is; a refused or unchecked e-invoice, or a paper one, still asks for the photo.

import { PROFILES } from '@shared/policy/profiles'
import { documentKeyOf } from '@shared/policy/sources'
import { CARE_TYPES } from '@shared/policy/vocabulary'
import { claimChecklist, missingRequired } from '@shared/rules/claim-checklist'
import { REGION_OF } from './drafts'

const CASES = PROFILES.flatMap((profile) =>
  CARE_TYPES.map((care) => ({
    profile: profile.id,
    region: REGION_OF[profile.id as keyof typeof REGION_OF],
    care,
  })),
)
const checked = (outcome: string) => ({ kind: 'electronic', verification: { outcome } })

describe.each(CASES)('$profile, $care', ({ region, care }) => {
  const items = claimChecklist(region, care).materials

  test('the invoice row stands in for a verified e-invoice, as a service rule; no other row has a stand-in', () => {
    for (const item of items) {
      if (item.kind !== 'invoice') expect(item.standIn).toBeUndefined()
      else {
        expect(item.standIn).toMatchObject({
          by: 'verified_e_invoice',
          source: { doc: '本程序服务规则', clause: '电子票据代替发票照片' },
        })
        expect(documentKeyOf(item.standIn!.source)).toBe('service')
      }
    }
  })

  test('a verified e-invoice takes the invoice off what is missing, and nothing else', () => {
    const none = missingRequired(region, care, []).map((item) => item.kind)
    const withVerified = missingRequired(region, care, [], false, [checked('verified')]).map(
      (item) => item.kind,
    )
    expect(withVerified).toEqual(none.filter((kind) => kind !== 'invoice'))
  })

  test.each(['refused', 'unavailable', 'recorded'])('an e-invoice %s still asks for the photo', (outcome) => {
    expect(missingRequired(region, care, [], false, [checked(outcome)]).map((item) => item.kind)).toContain(
      'invoice',
    )
  })
})
