import {
  CLAIM_STATUS_LABELS,
  type ClaimStatus,
  FILING_STATUS_LABELS,
  type FilingStatus,
  type RecordKind,
} from '@shared/policy/vocabulary'

export type QueueStatus = FilingStatus | ClaimStatus

/** The filters of each queue: first what awaits a decision (no status), then every status by its label. */
export const QUEUE_FILTERS: Record<RecordKind, { status?: QueueStatus; label: string }[]> = {
  claim: [
    { label: '待审核' },
    ...(['submitted', 'in_review', 'need_more', 'approved', 'rejected', 'paid', 'withdrawn'] as const).map(
      (status) => ({ status, label: CLAIM_STATUS_LABELS[status] }),
    ),
  ],
  filing: [
    { label: '补充材料待审核' },
    ...(['pending_supplement', 'effective', 'expired', 'cancelled'] as const).map((status) => ({
      status,
      label: FILING_STATUS_LABELS[status],
    })),
  ],
}

export const QUEUE_KINDS: { kind: RecordKind; label: string }[] = [
  { kind: 'claim', label: '报销申请' },
  { kind: 'filing', label: '备案补充材料' },
]

/** How long a claim has waited since it was filed: the reviewer looks for the overdue ones first. */
export const WAITING_FILTERS: { days?: number; label: string }[] = [
  { label: '不限时间' },
  { days: 7, label: '等待 7 天以上' },
  { days: 30, label: '等待 30 天以上' },
]
