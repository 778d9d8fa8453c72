/**
 * Which profile governs an insured region, by GB/T 2260 code prefix. Kept apart from the profile tables
 * so light modules (the FAQ on the phone) can pick a profile without loading the tables' zod schema.
 */
export const PROFILE_REGIONS = {
  'national-2022': [],
  'jilin-2018': ['22'],
  'jining-2023': ['3708'],
  'ganzhou-2019': ['3607'],
  'guangdong-2015': ['44'],
  'hubei-2022': ['42'],
} as const satisfies Record<string, readonly string[]>

export type ProfileId = keyof typeof PROFILE_REGIONS
export const PROFILE_IDS = Object.keys(PROFILE_REGIONS) as ProfileId[]
export const NATIONAL_PROFILE_ID: ProfileId = 'national-2022'

/** The longest matching prefix wins (济宁 3708 inside a future 山东 37 profile); no match → national rules. */
export const profileIdFor = (insuredRegion: string): ProfileId => {
  let best: { id: ProfileId; length: number } = { id: NATIONAL_PROFILE_ID, length: 0 }
  for (const id of PROFILE_IDS) {
    for (const prefix of PROFILE_REGIONS[id] as readonly string[]) {
      if (insuredRegion.startsWith(prefix) && prefix.length > best.length)
        best = { id, length: prefix.length }
    }
  }
  return best.id
}
