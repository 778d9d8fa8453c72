import { regionPrefix } from '@shared/hospitals/search'
import type { ClaimStatus, FilingStatus, RecordKind } from '@shared/policy/vocabulary'
import { ok, type Result } from '@shared/result'
import { awaitsReview } from '@shared/rules/filing-review'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import { daysBetween, todayInShanghai } from '@shared/time/calendar'
import type { ClaimRecord } from '../../ports/claims'
import type { Call } from '../call'
import { claimView } from '../claim/claim-view'
import { filingView } from '../filing/filing-view'

const LIMIT = 200
// Status is computed from dates, so a status filter reads a window of recent filings and filters here.
const FILING_WINDOW = 1000
const CLAIMS_TO_DECIDE: ClaimStatus[] = ['submitted', 'in_review']

// A 参保地 or age filter reads a window of the oldest claims of the status and filters here.
const CLAIM_WINDOW = 1000

interface ClaimFilter {
  insuredRegion?: string
  waitingDays?: number
}

const claimMatches = (call: Call, filter: ClaimFilter) => (record: ClaimRecord) =>
  (!filter.insuredRegion || record.insuredRegion.startsWith(regionPrefix(filter.insuredRegion))) &&
  (filter.waitingDays === undefined ||
    daysBetween(todayInShanghai(new Date(record.createdAt)), call.today) >= filter.waitingDays)

/** Without a status: what awaits a decision (supplemented filings, submitted claims). */
export const staffQueue = async (
  call: Call,
  kind: RecordKind,
  status?: FilingStatus | ClaimStatus,
  filter: ClaimFilter = {},
): Promise<Result<{ items: (FilingView | ClaimView)[] }>> => {
  if (kind === 'claim') {
    const filtered = filter.insuredRegion !== undefined || filter.waitingDays !== undefined
    const records = await call.ports.claims.byStatus(
      status ? [status as ClaimStatus] : CLAIMS_TO_DECIDE,
      filtered ? CLAIM_WINDOW : LIMIT,
    )
    const matching = records.filter(claimMatches(call, filter)).slice(0, LIMIT)
    return ok({ items: matching.map((record) => claimView(record, true)) })
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
