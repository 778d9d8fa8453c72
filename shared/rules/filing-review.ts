import type { FilingStatus, ReviewState, StaffDecision } from '../policy/vocabulary'
import { fail, ok, type Result } from '../result'

type ReviewDecision = 'approve' | 'request_more' | 'reject'

interface ReviewStep {
  to: ReviewState
  /** The supplemented kinds are owed again. */
  reopens?: boolean
  /** The filing ends (a rejected commitment). */
  cancels?: boolean
}

/** Staff review of supplemented materials (承诺补充), shaped like the claim's transitions. */
export const FILING_REVIEW: Record<ReviewDecision, ReviewStep> = {
  approve: { to: 'approved' },
  request_more: { to: 'more_requested', reopens: true },
  reject: { to: 'rejected', cancels: true },
}

const NOT_FOR_FILINGS: Record<Exclude<StaffDecision, ReviewDecision>, string> = {
  mark_paid: '备案没有支付环节',
  review: '备案补充材料直接审核，无需开始审核',
}

/** Which filings stay in review by status: one the applicant cancelled has left it, whatever it supplemented. */
const REVIEW_OPEN: Record<FilingStatus, boolean> = {
  pending_supplement: true,
  effective: true,
  expired: true,
  cancelled: false,
}

/** What cancelling a filing does to its review: materials that awaited a decision leave the staff queue. */
export const REVIEW_AFTER_CANCEL: Record<ReviewState, ReviewState> = {
  none: 'none',
  awaiting: 'none',
  approved: 'approved',
  more_requested: 'none',
  rejected: 'rejected',
}

/** Supplemented materials wait for a decision, on a filing that still stands. */
export const awaitsReview = (status: FilingStatus, review: ReviewState): boolean =>
  review === 'awaiting' && REVIEW_OPEN[status]

export const reviewFiling = (
  status: FilingStatus,
  review: ReviewState,
  decision: StaffDecision,
): Result<ReviewStep> => {
  if (decision === 'mark_paid' || decision === 'review')
    return fail({ code: 'CONFLICT', message: NOT_FOR_FILINGS[decision] })
  if (!REVIEW_OPEN[status]) return fail({ code: 'CONFLICT', message: '该备案已撤销，不再审核' })
  if (review !== 'awaiting') return fail({ code: 'CONFLICT', message: '该备案没有待审核的补充材料' })
  return ok(FILING_REVIEW[decision])
}
