import { CLAIM_STATUS_LABELS, RECORD_ACTION_LABELS } from '@shared/policy/vocabulary'
import { CLAIM_TRANSITIONS, type ClaimAction } from '@shared/rules/claim-status'
import type { HistoryEntry } from '@shared/schemas/responses.schema'
import type { TimelineEntry } from '.'

const BY: Record<string, string> = { applicant: '本人', proxy: '家属代办', staff: '经办人员' }

const isTransition = (action: string): action is ClaimAction => Object.hasOwn(CLAIM_TRANSITIONS, action)

/**
 * The claim's history as status steps (已提交, 需补充, 已支付 …) where an entry moved the claim, in the
 * state machine's own words, with the reviewer's note in full.
 */
export const claimTimeline = (history: HistoryEntry[]): TimelineEntry[] =>
  history.map((entry) => {
    const what = isTransition(entry.action)
      ? CLAIM_STATUS_LABELS[CLAIM_TRANSITIONS[entry.action].to]
      : (RECORD_ACTION_LABELS[entry.action] ?? entry.action)
    return { at: entry.at, title: `${what}（${BY[entry.by] ?? entry.by}）`, note: entry.note }
  })
