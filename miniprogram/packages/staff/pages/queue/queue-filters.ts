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
