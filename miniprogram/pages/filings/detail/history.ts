import { RECORD_ACTION_LABELS } from '@shared/policy/vocabulary'
import type { HistoryEntry } from '@shared/schemas/responses.schema'
import type { TimelineEntry } from '../../../components/timeline'

const BY: Record<string, string> = { applicant: '本人', proxy: '家属代办', staff: '经办人员' }

/** History as the person reads it: what happened, by whom, with staff notes in full. */
export const timelineOf = (history: HistoryEntry[]): TimelineEntry[] =>
  history.map((entry) => ({
    at: entry.at,
    title: `${RECORD_ACTION_LABELS[entry.action] ?? entry.action}（${BY[entry.by] ?? entry.by}）`,
    note: entry.note,
  }))
