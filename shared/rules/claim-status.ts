import { CLAIM_STATUS_LABELS, type ClaimStatus, RECORD_ACTION_LABELS } from '../policy/vocabulary'
import { fail, ok, type Result } from '../result'

export const CLAIM_ACTIONS = [
  'submit',
  'review',
  'request_more',
  'approve',
  'reject',
  'mark_paid',
  'withdraw',
] as const
export type ClaimAction = (typeof CLAIM_ACTIONS)[number]

/** The claim lifecycle: draft → submitted → (in_review) → need_more ↔ submitted → approved → paid. */
export const CLAIM_TRANSITIONS: Record<ClaimAction, { from: readonly ClaimStatus[]; to: ClaimStatus }> = {
  submit: { from: ['draft', 'need_more'], to: 'submitted' },
  review: { from: ['submitted'], to: 'in_review' },
  request_more: { from: ['submitted', 'in_review'], to: 'need_more' },
  approve: { from: ['submitted', 'in_review'], to: 'approved' },
  reject: { from: ['submitted', 'in_review', 'need_more'], to: 'rejected' },
  mark_paid: { from: ['approved'], to: 'paid' },
  // Withdrawal is possible only before a decision: asking for more documents is not a decision.
  withdraw: { from: ['draft', 'submitted', 'in_review', 'need_more'], to: 'withdrawn' },
}

/** The applicant may add materials and (re)submit only where submitting is possible: draft and need_more. */
export const isClaimEditable = (status: ClaimStatus): boolean =>
  CLAIM_TRANSITIONS.submit.from.includes(status)

export const transitionClaim = (status: ClaimStatus, action: ClaimAction): Result<ClaimStatus> => {
  const transition = CLAIM_TRANSITIONS[action]
  if (transition.from.includes(status)) return ok(transition.to)
  return fail({
    code: 'CONFLICT',
    message: `报销申请当前为“${CLAIM_STATUS_LABELS[status]}”，不能${RECORD_ACTION_LABELS[action]}`,
  })
}
