import type { Result } from '@shared/result'
import type { ClaimRecord } from '../../ports/claims'
import type { Call } from '../call'
import { mustBeVerified } from '../identity/acting-for'
import { recordAccess } from '../record-access'

const claims = recordAccess<ClaimRecord>((call) => call.ports.claims, '报销申请')

export const readableClaim = claims.readable
export const ownClaim = claims.own
export const anyClaim = claims.any
export const changeClaim = claims.change

/** The caller's own claim, to change: only while their account is verified. */
export const ownVerifiedClaim = async (call: Call, id: string): Promise<Result<ClaimRecord>> => {
  const record = await ownClaim(call, id)
  if (!record.ok) return record
  const verified = await mustBeVerified(call)
  return verified.ok ? record : verified
}
