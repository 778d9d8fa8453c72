import { fail, ok, type Result } from '@shared/result'
import { transitionClaim } from '@shared/rules/claim-status'
import { CLAIM_STATUS_LABELS } from '@shared/schemas/claim.schema'
import type { StaffDecision } from '@shared/schemas/staff.schema'
import { type Call, notFound, notification } from '../call'
import { changeClaim } from '../claim/claim-access'
import { claimView } from '../claim/claim-view'
import { changeFiling } from '../filing/filing-access'
import { filingView } from '../filing/filing-view'
import { withHistory } from '../record-access'

interface Decision {
  id: string
  decision: StaffDecision
  note?: string
}

const DECISION_LABELS: Record<StaffDecision, string> = {
  review: '审核中',
  approve: '审核通过',
  request_more: '需补充材料',
  reject: '不予通过',
  mark_paid: '已支付',
}

/** Review of supplemented materials: approve keeps the filing, more re-opens what was supplied, reject ends it. */
export const decideFiling = async (call: Call, { id, decision, note }: Decision) => {
  const changed = await changeFiling(
    call,
    async () => {
      const record = await call.ports.filings.get(id)
      return record ? ok(record) : notFound('备案')
    },
    (record) => {
      if (decision === 'mark_paid') return fail({ code: 'CONFLICT', message: '备案没有支付环节' })
      if (decision === 'review')
        return fail({ code: 'CONFLICT', message: '备案补充材料直接审核，无需开始审核' })
      if (record.review !== 'awaiting')
        return fail({ code: 'CONFLICT', message: '该备案没有待审核的补充材料' })
      const reviewed = record.underReview ?? []
      const facts =
        decision === 'request_more'
          ? {
              ...record.facts,
              outstandingMaterials: [...new Set([...record.facts.outstandingMaterials, ...reviewed])],
            }
          : decision === 'reject'
            ? { ...record.facts, cancelled: true }
            : record.facts
      const review =
        decision === 'approve' ? 'approved' : decision === 'request_more' ? 'more_requested' : 'rejected'
      return ok(
        withHistory(
          {
            ...record,
            facts,
            review,
            underReview: [],
            holdsLongTerm: decision === 'reject' ? false : record.holdsLongTerm,
          },
          { at: call.at, action: decision, by: 'staff', ...(note ? { note } : {}) },
        ),
      )
    },
    (next) => [
      notification(call, next.owner, 'filing_status', {
        recordId: id,
        title: `异地就医备案${DECISION_LABELS[decision]}`,
        status: filingView(next, call.today).status,
        ...(note ? { note } : {}),
      }),
    ],
  )
  if (!changed.ok) return changed
  return ok(filingView(changed.value, call.today))
}

export const decideClaim = async (call: Call, { id, decision, note }: Decision) => {
  const changed = await changeClaim(
    call,
    async () => {
      const record = await call.ports.claims.get(id)
      return record ? ok(record) : notFound('报销申请')
    },
    (record) => {
      const next = transitionClaim(record.status, decision)
      if (!next.ok) return next
      return ok(
        withHistory(
          { ...record, status: next.value },
          { at: call.at, action: decision, by: 'staff', ...(note ? { note } : {}) },
        ),
      )
    },
    (next) => [
      notification(call, next.owner, 'claim_status', {
        recordId: id,
        title: `报销申请${CLAIM_STATUS_LABELS[next.status]}`,
        status: next.status,
        ...(note ? { note } : {}),
      }),
    ],
  )
  if (!changed.ok) return changed
  return ok(claimView(changed.value))
}

export const decide = (call: Call, kind: 'filing' | 'claim', decision: Decision): Promise<Result<unknown>> =>
  kind === 'filing' ? decideFiling(call, decision) : decideClaim(call, decision)
