import type { ClaimRecord } from '../../ports/claims'
import { recordAccess } from '../record-access'

const claims = recordAccess<ClaimRecord>((call) => call.ports.claims, '报销申请')

export const readableClaim = claims.readable
export const ownClaim = claims.own
export const anyClaim = claims.any
export const changeClaim = claims.change
