import { mapOk, ok, type Result } from '@shared/result'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { readableClaim } from './claim-access'
import { claimView, claimViewFor } from './claim-view'

/** The caller's own claims, newest first. */
export const listClaims = async (call: Call): Promise<Result<{ items: ClaimView[] }>> =>
  ok({ items: (await call.ports.claims.listByOwner(call.caller)).map((record) => claimView(record)) })

export const getClaim = async (call: Call, claimId: string): Promise<Result<ClaimView>> =>
  mapOk(await readableClaim(call, claimId), (record) => claimViewFor(record, call.caller))
