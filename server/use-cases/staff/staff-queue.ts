import { regionPrefix } from '@shared/hospitals/search'
import type { ClaimStatus, FilingStatus, RecordKind } from '@shared/policy/vocabulary'
import { ok, type Result } from '@shared/result'
import { awaitsReview } from '@shared/rules/filing-review'
import type { ResponseOf } from '@shared/schemas/responses.schema'
import { QUEUE_PAGE } from '@shared/schemas/staff.schema'
import { daysBetween, todayInShanghai } from '@shared/time/calendar'
import type { ClaimRecord } from '../../ports/claims'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { claimSummary } from '../claim/claim-summary'
import { filingSummary } from '../filing/filing-summary'
import { pageOf } from './page-of'
import { decodeCursor, encodeCursor } from './queue-cursor'

const CLAIMS_TO_DECIDE: ClaimStatus[] = ['submitted', 'in_review']
const filingPosition = (record: FilingRecord) => ({ createdAt: record.createdAt, id: record.filingId })
const claimPosition = (record: ClaimRecord) => ({ createdAt: record.createdAt, id: record.claimId })

interface ClaimFilter {
  insuredRegion?: string
  waitingDays?: number
}

const claimMatches = (call: Call, filter: ClaimFilter) => (record: ClaimRecord) =>
  (!filter.insuredRegion || record.insuredRegion.startsWith(regionPrefix(filter.insuredRegion))) &&
  (filter.waitingDays === undefined ||
    daysBetween(todayInShanghai(new Date(record.createdAt)), call.today) >= filter.waitingDays)

/**
 * One page of summaries. Without a status: what awaits a decision (supplemented or reported filings, submitted claims),
 * oldest first; claims also by 参保地 and by days waiting. A filing's status is computed from dates, so a status filter pages through the newest filings
 * and keeps the matching ones here.
 */
export const staffQueue = async (
  call: Call,
  kind: RecordKind,
  options: { status?: FilingStatus | ClaimStatus; cursor?: string; limit?: number } & ClaimFilter,
): Promise<Result<ResponseOf<'staff.queue'>>> => {
  const after = decodeCursor(options.cursor)
  if (!after.ok) return after
  const { status } = options
  const limit = options.limit ?? QUEUE_PAGE.size
  const page =
    kind === 'claim'
      ? await pageOf({
          read: (from, count) =>
            call.ports.claims.byStatus(status ? [status as ClaimStatus] : CLAIMS_TO_DECIDE, count, from),
          position: claimPosition,
          keep: (record: ClaimRecord) =>
            claimMatches(call, options)(record) ? claimSummary(record) : undefined,
          limit,
          after: after.value,
        })
      : await pageOf({
          read: (from, count) =>
            call.ports.filings.queue({ awaitingReview: status === undefined, limit: count, after: from }),
          position: filingPosition,
          keep: (record: FilingRecord) => {
            const summary = filingSummary(record, call.today)
            // A filing its insured person reported (not made by them or for them) waits for staff as well.
            const shown = status
              ? summary.status === status
              : awaitsReview(summary.status, summary.review) || record.reported !== undefined
            return shown ? summary : undefined
          },
          limit,
          after: after.value,
        })
  return ok({ items: page.items, ...(page.next ? { nextCursor: encodeCursor(page.next) } : {}) })
}
