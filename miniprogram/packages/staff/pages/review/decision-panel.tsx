import type { RecordKind } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'
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

  const decide = (choice: DecisionChoice) => {
    if (busy) return
    const event = {
      action: 'decide' as const,
      kind,
      id,
      decision: choice.decision,
      version: item.version,
      ...(note.trim() ? { note: note.trim() } : {}),
    }
    const checked = parseInput(staffEventSchema, event)
    if (!checked.ok) return setError(checked.error)
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
      {error && error.path !== 'note' && <ErrorBanner error={error} />}
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
