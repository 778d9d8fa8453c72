// 代办: the letters a family member signs speak as the 代办人, over every profile's types, so a daughter never
// signs a promise that reads as her own residence, work or treatment.
import { PROFILES } from '@shared/policy/profiles'
import type { FilingType } from '@shared/policy/vocabulary'
import { quoteFiling } from '@shared/rules/quote'
import { draft, expectOk, REGION_OF, TODAY } from './drafts'

const cases = PROFILES.flatMap((profile) =>
  (Object.keys(profile.types) as FilingType[]).map(
    (filingType) => [`${profile.id} / ${filingType}`, profile.id, filingType] as const,
  ),
)

const lettersOf = (profile: string, filingType: FilingType, relation: 'self' | 'child') =>
  expectOk(
    quoteFiling(
      draft({
        insuredRegion: REGION_OF[profile as keyof typeof REGION_OF],
        filingType,
        destination: '320500',
        relation,
        ...(relation === 'self' ? {} : { agent: { name: '王小红', phone: '13600136000' } }),
        commitment: {
          accepted: true,
          supplementLater: true,
          ...(relation === 'self' ? {} : { proxyConsent: true }),
        },
      }),
      TODAY,
    ),
  ).commitments

test.each(cases)(
  '%s: every letter a family member signs names the 代办人 and never speaks as 本人',
  (_n, profile, type) => {
    const letters = lettersOf(profile, type, 'child')
    expect(letters.map((letter) => letter.id)).toContain('proxy_consent')
    for (const letter of letters) {
      expect(letter.text).toContain('代办人')
      expect(letter.text).not.toMatch(/本人(?!同意)/)
    }
  },
)

test.each(cases)('%s: the person filing for themself promises as 本人', (_n, profile, type) => {
  for (const letter of lettersOf(profile, type, 'self')) expect(letter.text).toMatch(/^本人/)
})
