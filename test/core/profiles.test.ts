import { PROFILE_IDS, PROFILE_REGIONS, profileIdFor } from '@shared/policy/profile-regions'
import { PROFILES, profileFor } from '@shared/policy/profiles'

describe('profile tables', () => {
  test('the light region table and the profile tables name the same profiles and prefixes', () => {
    expect(PROFILES.map((profile) => profile.id)).toEqual(PROFILE_IDS)
    for (const profile of PROFILES)
      expect(profile.regionPrefixes).toEqual(PROFILE_REGIONS[profile.id as keyof typeof PROFILE_REGIONS])
  })

  test.each([
    ['220102', 'jilin-2018'],
    ['370811', 'jining-2023'],
    ['370102', 'national-2022'],
    ['360702', 'ganzhou-2019'],
    ['360102', 'national-2022'],
    ['440106', 'guangdong-2015'],
    ['429004', 'hubei-2022'],
    ['110105', 'national-2022'],
  ])('an insured region %s is governed by %s', (region, id) => {
    expect(profileIdFor(region)).toBe(id)
    expect(profileFor(region).id).toBe(id)
  })
})
