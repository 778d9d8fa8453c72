import { ok, type Result } from '@shared/result'
import { estimateReimbursement } from '@shared/rules/estimate'
import type { ClaimCreate } from '@shared/schemas/claim.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'
import type { Call } from '../call'
import { ownFiling } from '../filing/filing-access'
import { isSameRequest, keyReused, requestFingerprint } from '../idempotency'
import { sealInsured } from '../seal-insured'
import { claimView } from './claim-view'

/**
 * A draft claim, idempotent by (caller, idempotencyKey): the same request returns the first claim, the key with
 * other content is refused. A referenced filing must be the caller's own.
 */
export const createClaim = async (call: Call, input: ClaimCreate): Promise<Result<ClaimView>> => {
  const { claims, ids } = call.ports
  const { idempotencyKey, ...request } = input
  const requestHash = requestFingerprint(request)
  const insured = sealInsured(call, input.insured)
  const earlier = () => claims.byKey(call.caller, idempotencyKey)
  const twinOf = (twin: ClaimRecord): Result<ClaimView> =>
    isSameRequest(twin, requestHash, insured.idHash) ? ok(claimView(twin)) : keyReused('报销申请')
  const existing = await earlier()
  if (existing) return twinOf(existing)

  const filing = input.filingId ? await ownFiling(call, input.filingId) : undefined
  if (filing && !filing.ok) return filing
  const estimate = estimateReimbursement({
    insuredRegion: input.insuredRegion,
    insuranceType: input.insuranceType,
    careType: input.careType,
    filed: filing !== undefined,
    filingType: filing?.value.draft.filingType,
    hospitalLevel: input.hospital.level,
    totalCost: input.totalCost,
    eligibleCost: input.eligibleCost,
  })
  const record: ClaimRecord = {
    claimId: ids.next('cl'),
    owner: call.caller,
    idempotencyKey,
    requestHash,
    version: 1,
    status: 'draft',
    createdAt: call.at,
    updatedAt: call.at,
    insured,
    insuredRegion: input.insuredRegion,
    insuranceType: input.insuranceType,
    filingId: input.filingId ?? null,
    careType: input.careType,
    ...(input.injury ? { injury: true } : {}),
    hospital: input.hospital,
    admissionDate: input.admissionDate,
    dischargeDate: input.dischargeDate ?? null,
    totalCost: input.totalCost,
    eligibleCost: input.eligibleCost ?? null,
    estimate,
    materials: [],
    history: [{ at: call.at, action: 'create', by: 'applicant' }],
  }
  if ((await claims.add(record)) === 'added') return ok(claimView(record))
  return twinOf((await earlier())!)
}
