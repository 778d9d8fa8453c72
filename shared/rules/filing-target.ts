import { profileFor } from '../policy/profiles'
import { type FilingTarget, filingTarget } from '../regions/regions'
import { fail, ok, policyError, type Result } from '../result'

/** Where a filing to `destination` goes, refusing a place in the person's own pooling region. */
export const targetFor = (
  insuredRegion: string,
  destination: string,
  path = 'draft.destination',
): Result<FilingTarget> => {
  const target = filingTarget(destination)
  if (!target) {
    return fail({ code: 'VALIDATION', message: '请选择到地级市（或省直辖县级市）一级的就医地', path })
  }
  if (filingTarget(insuredRegion)?.code === target.code) {
    return policyError(
      'SAME_REGION',
      `就医地${target.name}与参保地属于同一统筹区，在统筹区内就医无需办理异地就医备案`,
      profileFor(insuredRegion).citations.target,
    )
  }
  return ok(target)
}
