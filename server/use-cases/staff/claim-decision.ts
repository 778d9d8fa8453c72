import { PAYEE_KIND_LABELS } from '@shared/policy/payee'
import { CARE_TYPE_LABELS, type ClaimStatus, type StaffDecision } from '@shared/policy/vocabulary'
import { fail, mapOk, ok, type Result } from '@shared/result'
import { formatYuan } from '@shared/rules/claim-amounts'
import { unexplainedDifference } from '@shared/rules/claim-decision'
import { claimActionOf, transitionClaim } from '@shared/rules/claim-status'
import type { LineNote } from '@shared/schemas/line-notes.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import type { ClaimRecord } from '../../ports/claims'
import type { Call } from '../call'
import { anyClaim, changeClaim } from '../claim/claim-access'
import { claimView } from '../claim/claim-view'
import { notification } from '../notification'
import { claimDecisionTitle } from '../notification-titles'
import { withHistory } from '../record-access'
import { claimReports } from '../registration/registration-messages'
import { staffEntry, withoutConflict } from './staff-duties'

export interface ClaimDecision {
  id: string
  decision: StaffDecision
  note?: string
  version?: number
  approvedAmount?: number
  paidAmount?: number
  paidAt?: string
  reference?: string
  lineNotes?: LineNote[]
}

/** Decisions that say what is wrong or right with the items; review and payment leave the last ones standing. */
const SETS_LINE_NOTES = ['request_more', 'reject', 'approve']

/** Each note names an item of this claim: a material it holds, a line its estimate has. */
const withLineNotes = (record: ClaimRecord, decision: ClaimDecision): Result<Partial<ClaimRecord>> => {
  if (!SETS_LINE_NOTES.includes(decision.decision)) {
    if (decision.lineNotes?.length)
      return refuse('lineNotes', '逐项意见只能随“要求补充材料”“驳回”或“审核通过”一起提交')
    return ok({})
  }
  const notes = decision.lineNotes ?? []
  const unknown = notes.findIndex(({ target }) =>
    target.kind === 'material'
      ? !record.materials.some((material) => material.fileID === target.fileID)
      : target.index >= record.estimate.lines.length,
  )
  if (unknown >= 0)
    return refuse(`lineNotes.${unknown}`, '逐项意见标注的材料或估算项目不在这笔报销中，请刷新后重试')
  return ok({ lineNotes: notes })
}

const refuse = (path: string, message: string) => fail<never>({ code: 'VALIDATION', message, path })

/** The money a decision records, checked against the claim: never more than asked, a differing figure explained. */
const withMoney = (
  call: Call,
  record: ClaimRecord,
  decision: ClaimDecision,
): Result<Partial<ClaimRecord>> => {
  const { note } = decision
  if (decision.decision === 'approve') {
    const amount = decision.approvedAmount!
    if (amount > record.totalCost)
      return refuse(
        'approvedAmount',
        `核定支付金额不能超过申请的医疗费用总额 ${formatYuan(record.totalCost)} 元`,
      )
    const unexplained = unexplainedDifference('approve', record.estimate.fundPays, amount, note)
    if (unexplained) return refuse('note', unexplained)
    return ok({ approval: { approvedAmount: amount, ...(note ? { note } : {}), at: call.at } })
  }
  if (decision.decision === 'mark_paid') {
    const approved = record.approval?.approvedAmount
    const amount = decision.paidAmount!
    const paidAt = decision.paidAt!
    if (approved === undefined)
      return refuse('paidAmount', '这笔报销通过时没有记录核定金额，请先联系管理员补录后再标记支付')
    if (amount > approved)
      return refuse('paidAmount', `实际支付金额不能超过核定支付金额 ${formatYuan(approved)} 元`)
    const unexplained = unexplainedDifference('mark_paid', approved, amount, note)
    if (unexplained) return refuse('note', unexplained)
    if (paidAt > call.today) return refuse('paidAt', `支付日期不能晚于今天（${call.today}）`)
    const approvedOn = todayInShanghai(new Date(record.approval!.at))
    if (paidAt < approvedOn) return refuse('paidAt', `支付日期不能早于审核通过的日期（${approvedOn}）`)
    return ok({
      payment: {
        paidAmount: amount,
        paidAt,
        reference: decision.reference!,
        ...(note ? { note } : {}),
        at: call.at,
      },
    })
  }
  return ok({})
}

const stayOf = (record: ClaimRecord) =>
  record.dischargeDate ? `${record.admissionDate} 至 ${record.dischargeDate}` : record.admissionDate

/** What the person does next, in the message itself: a message that only says "已通过" leaves them guessing. */
const nextStep = (record: ClaimRecord): string => {
  const account = record.payee
    ? `${PAYEE_KIND_LABELS[record.payee.kind]}（尾号 ${record.payee.accountMasked.slice(-4)}）`
    : '您的收款账户'
  const steps: Partial<Record<ClaimStatus, string>> = {
    in_review: '经办人员正在审核，您无需操作。',
    need_more: '请打开这笔报销，按审核意见补充材料后重新提交。',
    approved: `核定医保支付 ${formatYuan(record.approval?.approvedAmount ?? 0)} 元，将打入${account}，到账后会再通知您。`,
    paid: `已支付 ${formatYuan(record.payment?.paidAmount ?? 0)} 元到${account}（${record.payment?.paidAt}，流水号 ${record.payment?.reference}），请留意到账。`,
    rejected: '如有疑问，可拨打参保地经办机构电话咨询，或补齐材料后重新申请。',
  }
  return `${steps[record.status] ?? ''}报销编号 ${record.claimId}。`
}

export const decideClaim = async (
  call: Call,
  decision: ClaimDecision,
  stale: (record: ClaimRecord) => Result<ClaimRecord> | undefined,
): Promise<Result<ClaimView>> => {
  const { id, note } = decision
  const action = claimActionOf(decision.decision)
  if (!action.ok) return action
  const changed = await changeClaim(
    call,
    async () => withoutConflict(call, await anyClaim(call, id)),
    (record) => {
      const refused = stale(record)
      if (refused) return refused
      const next = transitionClaim(record.status, action.value)
      if (!next.ok) return next
      const money = withMoney(call, record, decision)
      if (!money.ok) return money
      const lineNotes = withLineNotes(record, decision)
      if (!lineNotes.ok) return lineNotes
      return ok(
        withHistory(
          { ...record, ...money.value, ...lineNotes.value, status: next.value },
          staffEntry(call, decision.decision, note),
        ),
      )
    },
    (next) => [
      notification(call, next.owner, 'claim_status', {
        recordId: id,
        title: claimDecisionTitle(
          next.status,
          {
            care: CARE_TYPE_LABELS[next.careType],
            hospital: next.hospital.name,
            stay: stayOf(next),
            amount: formatYuan(next.totalCost),
          },
          claimView(next).missingMaterials.map((item) => item.kind),
        ),
        status: next.status,
        next: nextStep(next),
        ...(note ? { note } : {}),
      }),
    ],
    (next, previous) => claimReports(call, next, previous),
  )
  // A rejected claim pays nothing: its invoices may go on a corrected claim.
  if (changed.ok && changed.value.status === 'rejected') await call.ports.claims.releaseInvoices(id)
  return mapOk(changed, (record) => claimView(record, true))
}
