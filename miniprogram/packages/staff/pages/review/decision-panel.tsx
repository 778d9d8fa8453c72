import type { RecordKind } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'
import { unexplainedDifference } from '@shared/rules/claim-decision'
import type { LineNote } from '@shared/schemas/line-notes.schema'
import { parseInput } from '@shared/schemas/parse'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import { staffEventSchema } from '@shared/schemas/staff.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { call } from '../../../../services/api'
import { type DecisionChoice, decisionsFor } from './decisions'
import LineNotesEditor from './line-notes-editor'
import MoneyFields, { initialMoney, type MoneyInput, moneyFields } from './money-fields'

const WITH_MONEY = ['approve', 'mark_paid']
/** The decisions that carry the 逐项意见 (the server keeps the last such decision's). */
const WITH_LINE_NOTES = ['request_more', 'reject', 'approve']

/** The core's rule, before the tap reaches the server: a figure unlike the one before it needs its reason. */
const unexplainedFor = (
  decision: string,
  claim: ClaimView,
  event: { approvedAmount?: number; paidAmount?: number; note?: string },
) => {
  if (decision === 'approve' && event.approvedAmount !== undefined)
    return unexplainedDifference('approve', claim.estimate.fundPays, event.approvedAmount, event.note)
  if (decision === 'mark_paid' && event.paidAmount !== undefined && claim.approval)
    return unexplainedDifference('mark_paid', claim.approval.approvedAmount, event.paidAmount, event.note)
  return undefined
}
/** Errors shown under their own field, not again in the banner. */
const FIELD_PATHS = ['note', 'approvedAmount', 'paidAmount', 'paidAt', 'reference']
const yuan = (value: unknown) => (typeof value === 'number' ? `${value.toFixed(2)} 元` : '—')

interface Props {
  kind: RecordKind
  item: ClaimView | FilingView
  onDecided: (next: ClaimView | FilingView, decided: DecisionChoice) => void
  onReload: () => void
}

/**
 * The decisions the item's state allows, with the note the applicant will read. The version seen is sent
 * along: if another reviewer decided meanwhile, the server says so and the page offers a reload.
 */
export default function DecisionPanel({ kind, item, onDecided, onReload }: Props) {
  const [note, setNote] = useState('')
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)
  const choices = decisionsFor(kind, item)
  const id = 'claimId' in item ? item.claimId : item.filingId
  const claim = 'claimId' in item ? item : undefined
  const [money, setMoney] = useState<MoneyInput | undefined>(() => claim && initialMoney(claim))
  const [lineNotes, setLineNotes] = useState<LineNote[]>(() => claim?.lineNotes ?? [])
  // Money moves only after the reviewer has seen the figures once more and confirmed them.
  const [confirming, setConfirming] = useState<{ choice: DecisionChoice; fields: Record<string, unknown> }>()

  const decide = (choice: DecisionChoice, confirmed = false) => {
    if (busy) return
    const fields = kind === 'claim' && money ? moneyFields(choice.decision, money) : {}
    const event = {
      action: 'decide' as const,
      kind,
      id,
      decision: choice.decision,
      version: item.version,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...fields,
      ...(claim && WITH_LINE_NOTES.includes(choice.decision) ? { lineNotes } : {}),
    }
    const checked = parseInput(staffEventSchema, event)
    if (!checked.ok) return setError(checked.error)
    const unexplained = claim && unexplainedFor(choice.decision, claim, event)
    if (unexplained) return setError({ code: 'VALIDATION', message: unexplained, path: 'note' })
    if (kind === 'claim' && WITH_MONEY.includes(choice.decision) && !confirmed) {
      setError(undefined)
      return setConfirming({ choice, fields })
    }
    setConfirming(undefined)
    setBusy(true)
    setError(undefined)
    const { action: _action, ...decision } = event
    void call('staff.decide', decision).then((reply) => {
      setBusy(false)
      if (!reply.ok) return setError(reply.error)
      setNote('')
      onDecided(reply.data, choice)
    })
  }

  // The item changed under the reviewer: the buttons of the state they saw would mislead, only a reload helps.
  if (error?.code === 'CONFLICT')
    return (
      <View className="record-section">
        <Text className="record-section__title">审核</Text>
        <ErrorBanner error={error} />
        <Tap kind="primary" onTap={onReload}>
          刷新，查看最新情况
        </Tap>
      </View>
    )
  if (choices.length === 0)
    return (
      <View className="record-section">
        <Text className="record-section__title">审核</Text>
        <Text className="record-section__text">这个事项现在没有需要您做的决定。</Text>
      </View>
    )
  return (
    <View className="record-section">
      <Text className="record-section__title">审核</Text>
      {claim && money && (
        <MoneyFields
          claim={claim}
          input={money}
          onChange={(next) => {
            setMoney(next)
            setConfirming(undefined)
          }}
          errors={error?.path ? { [error.path]: error.message } : {}}
        />
      )}
      {claim && <LineNotesEditor claim={claim} notes={lineNotes} onChange={setLineNotes} />}
      <TextField
        label="审核意见"
        name="note"
        value={note}
        onChange={setNote}
        multiline
        maxlength={500}
        hint="要求补充材料、驳回或作废时必填，申请人会看到这段话"
        error={error?.path === 'note' ? error.message : undefined}
      />
      {error && !FIELD_PATHS.includes(error.path ?? '') && <ErrorBanner error={error} />}
      {confirming && claim && (
        <View className="record-section" ariaRole="alertdialog" ariaLabel={`确认${confirming.choice.label}`}>
          <Text className="record-section__title">请核对后确认</Text>
          {confirming.choice.decision === 'approve' ? (
            <Text className="record-section__text">
              核定医保支付 {yuan(confirming.fields.approvedAmount)}（申请 {yuan(claim.totalCost)}，估算{' '}
              {yuan(claim.estimate.fundPays)}），将支付到 {claim.payee?.bankName ?? ''}{' '}
              {claim.payee?.accountMasked ?? ''}
            </Text>
          ) : (
            <Text className="record-section__text">
              已支付 {yuan(confirming.fields.paidAmount)}，支付日期 {String(confirming.fields.paidAt)}，流水号{' '}
              {String(confirming.fields.reference)}（核定 {yuan(claim.approval?.approvedAmount)}）
            </Text>
          )}
          <View className="record-actions">
            <Tap kind="primary" busy={busy} onTap={() => decide(confirming.choice, true)}>
              确认{confirming.choice.label}
            </Tap>
            <Tap kind="plain" onTap={() => setConfirming(undefined)}>
              返回修改
            </Tap>
          </View>
        </View>
      )}
      <View className="record-actions">
        {choices.map((choice) => (
          <Tap key={choice.decision} kind={choice.kind} busy={busy} onTap={() => decide(choice)}>
            {choice.label}
          </Tap>
        ))}
      </View>
    </View>
  )
}
