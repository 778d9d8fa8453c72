import type { ClaimStatus, FilingStatus, RecordKind } from '@shared/policy/vocabulary'
import { ok, type Result } from '@shared/result'
import { awaitsReview } from '@shared/rules/filing-review'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { claimView } from '../claim/claim-view'
import { filingView } from '../filing/filing-view'

const LIMIT = 200
// Status is computed from dates, so a status filter reads a window of recent filings and filters here.
const FILING_WINDOW = 1000
const CLAIMS_TO_DECIDE: ClaimStatus[] = ['submitted', 'in_review']

/** Without a status: what awaits a decision (supplemented filings, submitted claims). */
export const staffQueue = async (
  call: Call,
  kind: RecordKind,
  status?: FilingStatus | ClaimStatus,
): Promise<Result<{ items: (FilingView | ClaimView)[] }>> => {
  if (kind === 'claim') {
    const records = await call.ports.claims.byStatus(
      status ? [status as ClaimStatus] : CLAIMS_TO_DECIDE,
      LIMIT,
    )
    return ok({ items: records.map(claimView) })
  }
  const records = await call.ports.filings.queue({
    awaitingReview: status === undefined,
    limit: status === undefined ? LIMIT : FILING_WINDOW,
  })
  const views = records.map((record) => filingView(record, call.today))
  const shown = status
    ? views.filter((view) => view.status === status)
    : views.filter((view) => awaitsReview(view.status, view.review))
  return ok({ items: shown.slice(0, LIMIT) })
}
