import type { MaterialKind } from '@shared/policy/materials'
import { CLAIM_STATUS_LABELS, REVIEW_STATE_LABELS, type RecordKind } from '@shared/policy/vocabulary'
import { fail, mapOk, ok, type Result } from '@shared/result'
import { reviewFiling } from '@shared/rules/filing-review'
import { filingStatus } from '@shared/rules/filing-status'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { anyFiling, changeFiling } from '../filing/filing-access'
import { filingView } from '../filing/filing-view'
import { notification } from '../notification'
import { filingReviewTitle } from '../notification-titles'
import { withHistory } from '../record-access'
import { registrationsFor } from '../registration/registration-messages'
import { type ClaimDecision, decideClaim } from './claim-decision'

interface Decision extends ClaimDecision {
  /** The version the reviewer saw; absent, the decision applies to whatever the record is now. */
  version?: number
}

/**
 * Two reviewers on one item: the first decision wins, and the second reviewer is told the item changed
 * instead of deciding over a state they never saw (a reject after another's request for more, say).
 */
const changedSince = <T>(seen: number | undefined, current: number, state: string): Result<T> | undefined =>
  seen !== undefined && seen !== current
    ? fail({
        code: 'CONFLICT',
        message: `该事项在您打开后已有变化（现为“${state}”），请刷新后查看最新情况再审核`,
      })
    : undefined

/** Review of supplemented materials: approve keeps the filing, more re-opens what was supplied, reject ends it. */
const decideFiling = async (
  call: Call,
  { id, decision, note, version }: Decision,
): Promise<Result<FilingView>> => {
  let reviewedKinds: MaterialKind[] = []
  const changed = await changeFiling(
    call,
    () => anyFiling(call, id),
    (record) => {
      const stale = changedSince<typeof record>(version, record.version, REVIEW_STATE_LABELS[record.review])
      if (stale) return stale
      const step = reviewFiling(filingStatus(record.facts, call.today), record.review, decision)
      if (!step.ok) return step
      const reviewed = record.underReview ?? []
      reviewedKinds = reviewed
      const outstandingMaterials = step.value.reopens
        ? [...new Set([...record.facts.outstandingMaterials, ...reviewed])]
        : record.facts.outstandingMaterials
      const cancelled = record.facts.cancelled || Boolean(step.value.cancels)
      return ok(
        withHistory(
          {
            ...record,
            facts: { ...record.facts, outstandingMaterials, cancelled },
            review: step.value.to,
            underReview: [],
            holdsLongTerm: step.value.cancels ? false : record.holdsLongTerm,
          },
          { at: call.at, action: decision, by: 'staff', ...(note ? { note } : {}) },
        ),
      )
    },
    (next) => [
      notification(call, next.owner, 'filing_status', {
        recordId: id,
        title: filingReviewTitle(next.review, reviewedKinds),
        status: filingView(next, call.today).status,
        ...(note ? { note } : {}),
      }),
    ],
    // A rejection that ends the filing is the agency's: the platform voids the registration.
    (next, previous) => registrationsFor(call, next, previous, 'void'),
  )
  return mapOk(changed, (record) => filingView(record, call.today))
}

export const decide = (
  call: Call,
  kind: RecordKind,
  decision: Decision,
): Promise<Result<FilingView | ClaimView>> =>
  kind === 'filing'
    ? decideFiling(call, decision)
    : decideClaim(call, decision, (record) =>
        changedSince(decision.version, record.version, CLAIM_STATUS_LABELS[record.status]),
      )
