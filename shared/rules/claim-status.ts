import {
  CLAIM_STATUS_LABELS,
  type ClaimStatus,
  RECORD_ACTION_LABELS,
  type StaffDecision,
} from '../policy/vocabulary'
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

type NotForClaims = Exclude<StaffDecision, ClaimAction>

/** Staff decisions no claim takes, whatever its status, and what the reviewer is told instead. */
export const NOT_FOR_CLAIMS: Record<NotForClaims, string> = {
  // 作废 ends a filing the person never authorised; an unauthorised claim is rejected with the reason.
  void: '报销申请不能作废：未经授权的申请请驳回并说明情况',
}

const isNotForClaims = (decision: StaffDecision): decision is NotForClaims => decision in NOT_FOR_CLAIMS

/** The claim action a staff decision is, or the refusal of one that no claim takes. */
export const claimActionOf = (decision: StaffDecision): Result<ClaimAction> =>
  isNotForClaims(decision) ? fail({ code: 'CONFLICT', message: NOT_FOR_CLAIMS[decision] }) : ok(decision)

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
