/** A reviewer's reason on one item of a claim: one uploaded material, or one line of the estimate. */
import '../zod-jitless'
import { z } from 'zod'
import { choice, optionalText } from './fields'

export const LINE_REASONS = ['need_supplement', 'not_covered'] as const
export type LineReason = (typeof LINE_REASONS)[number]
export const LINE_REASON_LABELS: Record<LineReason, string> = {
  need_supplement: '需补充',
  not_covered: '不予报销',
}

export const lineNoteSchema = z.object({
  target: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('material'), fileID: z.string().min(1).max(300) }),
      z.object({ kind: z.literal('estimate'), index: z.number().int().min(0).max(50) }),
    ],
    { error: '请选择要标注的材料或估算项目' },
  ),
  reason: choice('逐项意见', LINE_REASONS),
  note: optionalText('逐项说明', 200),
})
export type LineNote = z.infer<typeof lineNoteSchema>

export const lineNotesField = z.array(lineNoteSchema).max(60, { error: '逐项意见最多 60 条' })

/** 需补充：发票不清晰 — what the claimant reads beside the item. */
export const lineNoteWords = (note: LineNote) =>
  `${LINE_REASON_LABELS[note.reason]}${note.note ? `：${note.note}` : ''}`
