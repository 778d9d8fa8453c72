import { mapOk, ok, type Result } from '@shared/result'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { recordsForMe } from '../identity/records-for-me'
import { readableClaim } from './claim-access'
import { claimView, claimViewFor } from './claim-view'

/** The caller's own claims and those made in their verified name, newest first. */
export const listClaims = async (call: Call): Promise<Result<{ items: ClaimView[] }>> => {
  const { claims } = call.ports
  const records = await recordsForMe(
    call,
    claims.listByOwner,
    claims.listByPerson,
    (record) => record.claimId,
  )
  return ok({
    items: records.map((record) => ({
      ...claimView(record),
      ...(record.filedByOther ? { filedByOther: true } : {}),
    })),
  })
}

export const getClaim = async (call: Call, claimId: string): Promise<Result<ClaimView>> =>
  mapOk(await readableClaim(call, claimId), (record) => claimViewFor(record, call.caller))
