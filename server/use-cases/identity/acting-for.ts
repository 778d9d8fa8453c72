import type { Relation } from '@shared/policy/vocabulary'
import { fail, ok, type Result } from '@shared/result'
import type { Call } from '../call'

/** In whose capacity the caller acts for the insured person; history records it. */
export type Capacity = 'applicant' | 'proxy'

const refused = (message: string, path: string) =>
  fail<never>({ code: 'FORBIDDEN', message, issues: [{ path, message }] })

export const NOT_VERIFIED = '请先完成实名认证（人脸核验）后再办理'

/** Whether the account holds an active authorisation from the person (family member or staff-recorded). */
export const isAuthorisedFor = async (call: Call, idHash: string, account = call.caller): Promise<boolean> =>
  (await call.ports.authorisations.forProxy(account)).some((grant) => grant.idHash === idHash)

/**
 * Only the insured person, verified, or someone they authorised may file or claim in their name. `relation`
 * is the filing's; a claim has none, so its insured person is either the caller or someone who authorised them.
 */
export const mayActFor = async (
  call: Call,
  idHash: string,
  relation: Relation | undefined,
  path: string,
): Promise<Result<Capacity>> => {
  const identity = await call.ports.identities.of(call.caller)
  if (!identity) return refused(NOT_VERIFIED, path)
  const isSelf = identity.person.idHash === idHash
  if (relation === 'self')
    return isSelf
      ? ok('applicant')
      : refused('身份证号与您认证的身份不一致，为他人办理请选择与参保人的关系', path)
  if (isSelf) return relation ? refused('这是您本人的身份证号，请选择“本人”办理', path) : ok('applicant')
  if (await isAuthorisedFor(call, idHash)) return ok('proxy')
  return refused(
    '参保人尚未授权您代办：请参保人在“家庭成员”中邀请您，或携带证件到医保经办窗口办理代办授权',
    path,
  )
}

/** Changing a record one made needs the account to be verified still (a record from before verification existed). */
export const mustBeVerified = async (call: Call): Promise<Result<true>> =>
  (await call.ports.identities.of(call.caller))
    ? ok(true)
    : fail({ code: 'FORBIDDEN', message: NOT_VERIFIED })
