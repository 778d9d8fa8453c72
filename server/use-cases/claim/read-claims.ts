import { mapOk, ok, type Result } from '@shared/result'
import type { ClaimView, OwnClaimSummary } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { recordsForMe } from '../identity/records-for-me'
import { readableClaim } from './claim-access'
import { ownClaimSummary } from './claim-summary'
import { claimViewFor } from './claim-view'

/** The caller's own claims and those made in their verified name, newest first: summaries, details on open. */
export const listClaims = async (call: Call): Promise<Result<{ items: OwnClaimSummary[] }>> => {
  const { claims } = call.ports
  const records = await recordsForMe(
    call,
    claims.listByOwner,
    claims.listByPerson,
    (record) => record.claimId,
  )
  return ok({
    items: records.map((record) => ({
      ...ownClaimSummary(record),
      ...(record.filedByOther ? { filedByOther: true } : {}),
    })),
  })
}

export const getClaim = async (call: Call, claimId: string): Promise<Result<ClaimView>> =>
  mapOk(await readableClaim(call, claimId), (record) => claimViewFor(record, call.caller))
