import { fail, ok, type Result } from '@shared/result'
import { claimDateIssues } from '@shared/rules/claim-dates'
import { stayCoverage } from '@shared/rules/coverage'
import { isCrossProvince } from '@shared/rules/cross-province'
import type { EstimateInput } from '@shared/rules/estimate'
import { type Notice, notice } from '@shared/rules/notices'
import type { ClaimCreate } from '@shared/schemas/claim.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { ownFiling } from '../filing/filing-access'
import { claimHospital } from '../hospitals/hospitals'
import { isSameRequest, keyReused, requestFingerprint } from '../idempotency'
import { mayActFor } from '../identity/acting-for'
import { sealInsured } from '../seal-insured'
import { claimEstimate } from './claim-estimate'
import { holdInvoices, sealPayee } from './claim-money'
import { claimView } from './claim-view'
import { checkInvoices } from './verify-invoices'

/**
 * Does the filing cover this stay? If not, the claim is estimated as unfiled and the person is told why, with
 * the clause: a filing that started after discharge, was cancelled, or had lapsed does not lower the reduction.
 */
const filingNotices = (filing: FilingRecord, input: ClaimCreate): { covers: boolean; notices: Notice[] } => {
  const crossProvince = isCrossProvince(filing.draft.insuredRegion, filing.draft.destination)
  const coverage = stayCoverage({ ...filing.facts, crossProvince }, input.admissionDate, input.dischargeDate)
  if (!coverage.ok || coverage.value.directSettlement) return { covers: true, notices: [] }
  return {
    covers: false,
    notices: [
      notice(
        'FILING_NOT_COVERING_STAY',
        `这次就医不在所选备案的有效范围内（${coverage.value.reason}），报销按未备案估算`,
        coverage.value.source,
      ),
    ],
  }
}

/**
 * A draft claim, idempotent by (caller, idempotencyKey): the same request returns the first claim, the key with
 * other content is refused. A referenced filing must be the caller's own; dates in the future or out of order
 * are refused; each invoice may be on one claim only.
 */
export const createClaim = async (call: Call, input: ClaimCreate): Promise<Result<ClaimView>> => {
  const { claims, ids } = call.ports
  const { idempotencyKey, ...request } = input
  const requestHash = requestFingerprint(request)
  const insured = sealInsured(call, input.insured)
  const capacity = await mayActFor(call, insured.idHash, undefined, 'insured.idNumber')
  if (!capacity.ok) return capacity
  const earlier = () => claims.byKey(call.caller, idempotencyKey)
  const twinOf = (twin: ClaimRecord): Result<ClaimView> =>
    isSameRequest(twin, requestHash, insured.idHash) ? ok(claimView(twin)) : keyReused('报销申请')
  const existing = await earlier()
  if (existing) return twinOf(existing)

  const dateIssues = claimDateIssues(input, call.today)
  if (dateIssues.length > 0)
    return fail({
      code: 'VALIDATION',
      message: dateIssues[0].message,
      path: dateIssues[0].path,
      issues: dateIssues,
    })
  const filing = input.filingId ? await ownFiling(call, input.filingId) : undefined
  if (filing && !filing.ok) return filing
  const { covers, notices } = filing ? filingNotices(filing.value, input) : { covers: false, notices: [] }
  const hospital = await claimHospital(call, input.hospital)
  const estimateBasis: EstimateInput = {
    insuredRegion: input.insuredRegion,
    insuranceType: input.insuranceType,
    careType: input.careType,
    filed: covers,
    ...(filing ? { filingType: filing.value.draft.filingType } : {}),
    ...(hospital.level ? { hospitalLevel: hospital.level } : {}),
    totalCost: input.totalCost,
    ...(input.eligibleCost !== undefined ? { eligibleCost: input.eligibleCost } : {}),
  }
  const claimId = ids.next('cl')
  const invoices = input.invoices ?? []
  const held = await holdInvoices(call, claimId, invoices)
  if (!held.ok) {
    // A same-key retry racing the first request finds its twin rather than its own invoices "taken".
    const twin = await earlier()
    return twin ? twinOf(twin) : held
  }
  const checked = await checkInvoices(call, invoices)
  const record: ClaimRecord = {
    claimId,
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
    hospital,
    admissionDate: input.admissionDate,
    dischargeDate: input.dischargeDate ?? null,
    totalCost: input.totalCost,
    eligibleCost: input.eligibleCost ?? null,
    estimate: claimEstimate(estimateBasis, checked),
    estimateBasis,
    materials: [],
    history: [{ at: call.at, action: 'create', by: capacity.value }],
    invoices: checked,
    notices,
    ...(input.payee ? { payee: sealPayee(call, input.payee, input.insured.name) } : {}),
  }
  if ((await claims.add(record)) === 'added') return ok(claimView(record))
  await claims.releaseInvoices(claimId)
  return twinOf((await earlier())!)
}
