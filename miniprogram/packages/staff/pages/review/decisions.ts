import { RECORD_ACTION_LABELS, type RecordKind, type StaffDecision } from '@shared/policy/vocabulary'
import { CLAIM_TRANSITIONS } from '@shared/rules/claim-status'
import { awaitsReview, FILING_REVIEW } from '@shared/rules/filing-review'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'

export interface DecisionChoice {
  decision: StaffDecision
  label: string
  kind: 'primary' | 'secondary' | 'danger'
}

const KIND_OF: Record<StaffDecision, DecisionChoice['kind']> = {
  review: 'secondary',
  approve: 'primary',
  request_more: 'secondary',
  reject: 'danger',
  mark_paid: 'primary',
}

const choice = (decision: StaffDecision): DecisionChoice => ({
  decision,
  label: RECORD_ACTION_LABELS[decision],
  kind: KIND_OF[decision],
})

/** What the core allows from the item's state: the claim's transitions, the filing's review table. */
export const decisionsFor = (kind: RecordKind, item: ClaimView | FilingView): DecisionChoice[] => {
  if (kind === 'claim' && 'claimId' in item)
    return (Object.keys(CLAIM_TRANSITIONS) as (keyof typeof CLAIM_TRANSITIONS)[])
      .filter((action): action is StaffDecision => action !== 'submit' && action !== 'withdraw')
      .filter((action) => CLAIM_TRANSITIONS[action].from.includes(item.status))
      .map(choice)
  if (!('claimId' in item) && awaitsReview(item.status, item.review))
    return (Object.keys(FILING_REVIEW) as StaffDecision[]).map(choice)
  return []
}
