import { MATERIAL_LABELS } from '@shared/policy/materials'
import { LINE_REASON_LABELS, LINE_REASONS, type LineNote } from '@shared/schemas/line-notes.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'

type Target = LineNote['target']
const sameTarget = (a: Target, b: Target) =>
  a.kind === 'material' && b.kind === 'material'
    ? a.fileID === b.fileID
    : a.kind === 'estimate' && b.kind === 'estimate' && a.index === b.index

interface Props {
  claim: ClaimView
  notes: LineNote[]
  onChange: (notes: LineNote[]) => void
}

/**
 * 逐项意见: beside each material and each estimate line, 需补充 or 不予报销 with a short reason; sent with the
 * next 要求补充材料, 驳回 or 审核通过, and shown to the applicant beside the same item.
 */
export default function LineNotesEditor({ claim, notes, onChange }: Props) {
  const items: { target: Target; label: string }[] = [
    ...claim.materials.map((material, index) => ({
      target: { kind: 'material' as const, fileID: material.fileID },
      label: `材料 ${index + 1}：${MATERIAL_LABELS[material.kind]}`,
    })),
    ...claim.estimate.lines.map((line, index) => ({
      target: { kind: 'estimate' as const, index },
      label: `估算第 ${index + 1} 项：${line.text}`,
    })),
  ]
  const noteOf = (target: Target) => notes.find((note) => sameTarget(note.target, target))
  const set = (target: Target, next?: Omit<LineNote, 'target'>) =>
    onChange([
      ...notes.filter((note) => !sameTarget(note.target, target)),
      ...(next ? [{ target, ...next }] : []),
    ])
  return (
    <View className="record-section" ariaRole="group" ariaLabel="逐项意见">
      <Text className="record-section__title">逐项意见（可选）</Text>
      <Text className="record-section__hint">
        标出需要补充或不予报销的材料、估算项目，申请人会在对应项目旁看到。
      </Text>
      {items.map(({ target, label }) => {
        const note = noteOf(target)
        return (
          <View key={label} className="record-line">
            <Text className="record-line__text">{label}</Text>
            <View className="record-actions">
              {LINE_REASONS.map((reason) => (
                <Tap
                  key={reason}
                  kind="plain"
                  pressed={note?.reason === reason}
                  label={`${label}：${LINE_REASON_LABELS[reason]}`}
                  onTap={() =>
                    set(target, note?.reason === reason ? undefined : { reason, note: note?.note })
                  }
                >
                  {note?.reason === reason ? `✓ ${LINE_REASON_LABELS[reason]}` : LINE_REASON_LABELS[reason]}
                </Tap>
              ))}
            </View>
            {note && (
              <TextField
                label={`${label} 的说明`}
                name={`lineNotes.${target.kind === 'material' ? target.fileID : target.index}`}
                value={note.note ?? ''}
                onChange={(text) =>
                  set(target, { reason: note.reason, ...(text.trim() ? { note: text } : {}) })
                }
                maxlength={200}
                placeholder="如：发票第二页不清晰，请重新拍照"
              />
            )}
          </View>
        )
      })}
    </View>
  )
}
