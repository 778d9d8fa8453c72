import type { MaterialKind } from '@shared/policy/materials'
import { CLAIM_STATUS_LABELS, REVIEW_STATE_LABELS, type RecordKind } from '@shared/policy/vocabulary'
import { fail, mapOk, ok, type Result } from '@shared/result'
import { reviewFiling } from '@shared/rules/filing-review'
import { filingStatus } from '@shared/rules/filing-status'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { anyFiling, changeFiling } from '../filing/filing-access'
import { filingView } from '../filing/filing-view'
import { notification } from '../notification'
import { filingReviewTitle } from '../notification-titles'
import { withHistory } from '../record-access'
import { registrationsFor } from '../registration/registration-messages'
import { type ClaimDecision, decideClaim } from './claim-decision'
import { staffEntry, withoutConflict } from './staff-duties'

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

/** 作废: the filing ends as if it never stood, and the person's one long-term slot is free again. */
const voidFiling = (call: Call, record: FilingRecord, note: string | undefined): Result<FilingRecord> =>
  record.history.some((entry) => entry.action === 'void')
    ? fail({ code: 'CONFLICT', message: '该备案已作废' })
    : ok(
        withHistory(
          {
            ...record,
            facts: { ...record.facts, cancelled: true },
            review: record.review === 'awaiting' ? 'none' : record.review,
            underReview: [],
            holdsLongTerm: false,
            reported: undefined,
          },
          staffEntry(call, 'void', note),
        ),
      )

/** Review of supplemented materials: approve keeps the filing, more re-opens what was supplied, reject ends it. */
const decideFiling = async (
  call: Call,
  { id, decision, note, version }: Decision,
): Promise<Result<FilingView>> => {
  let reviewedKinds: MaterialKind[] = []
  const changed = await changeFiling(
    call,
    async () => withoutConflict(call, await anyFiling(call, id)),
    (record) => {
      const stale = changedSince<typeof record>(version, record.version, REVIEW_STATE_LABELS[record.review])
      if (stale) return stale
      if (decision === 'void') return voidFiling(call, record, note)
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
          staffEntry(call, decision, note),
        ),
      )
    },
    (next) => [
      notification(call, next.owner, 'filing_status', {
        recordId: id,
        title: decision === 'void' ? '异地就医备案已作废' : filingReviewTitle(next.review, reviewedKinds),
        status: filingView(next, call.today).status,
        ...(note ? { note } : {}),
      }),
    ],
    // A rejection or a void that ends the filing is the agency's: the platform voids the registration.
    (next, previous) => registrationsFor(call, next, previous, 'void'),
  )
  return mapOk(changed, (record) => filingView(record, call.today))
}

/** Every decision that took effect goes to the audit, with the staff member who made it. */
export const decide = async (
  call: Call,
  kind: RecordKind,
  decision: Decision,
): Promise<Result<FilingView | ClaimView>> => {
  const result =
    kind === 'filing'
      ? await decideFiling(call, decision)
      : await decideClaim(call, decision, (record) =>
          changedSince(decision.version, record.version, CLAIM_STATUS_LABELS[record.status]),
        )
  if (result.ok)
    await call.ports.audit.append({
      at: call.at,
      actor: call.caller,
      action: decision.decision,
      recordKind: kind,
      recordId: decision.id,
      ...(decision.note ? { note: decision.note } : {}),
    })
  return result
}
