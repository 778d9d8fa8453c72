import { type Profile, profileSchema } from '../profile.schema'
import { profileIdFor } from '../profile-regions'
import type { FilingType } from '../vocabulary'
import { ganzhou2019 } from './ganzhou-2019'
import { guangdong2015 } from './guangdong-2015'
import { hubei2022 } from './hubei-2022'
import { jilin2018 } from './jilin-2018'
import { jining2023 } from './jining-2023'
import { national2022 } from './national-2022'

/** Checked when loaded: a malformed table is a bug and stops the program, not a user error. */
export const PROFILES: readonly Profile[] = [
  national2022,
  jilin2018,
  jining2023,
  ganzhou2019,
  guangdong2015,
  hubei2022,
].map((profile) => profileSchema.parse(profile))

export const NATIONAL_PROFILE = PROFILES[0]

export const profileById = (id: string): Profile | undefined => PROFILES.find((profile) => profile.id === id)

/** The profile and type rule a stored filing was decided under; a filing names both, so a miss is a bug. */
export const ruleFor = (facts: { profile: string; filingType: FilingType }) => {
  const profile = profileById(facts.profile)
  const rule = profile?.types[facts.filingType]
  if (!profile || !rule) throw new Error(`unknown profile or type: ${facts.profile}/${facts.filingType}`)
  return { profile, rule }
}

/** The profile of an insured region: the longest matching code prefix, else the national rules. */
export const profileFor = (insuredRegion: string): Profile =>
  profileById(profileIdFor(insuredRegion)) ?? NATIONAL_PROFILE
