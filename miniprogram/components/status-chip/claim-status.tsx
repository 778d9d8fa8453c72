import { CLAIM_STATUS_LABELS, type ClaimStatus } from '@shared/policy/vocabulary'
import StatusChip, { type ChipTone } from '.'

const TONES: Record<ClaimStatus, ChipTone> = {
  draft: 'neutral',
  submitted: 'waiting',
  in_review: 'waiting',
  need_more: 'waiting',
  approved: 'good',
  rejected: 'bad',
  paid: 'good',
  withdrawn: 'bad',
}

export default function ClaimStatusChip({ status }: { status: ClaimStatus }) {
  return <StatusChip text={CLAIM_STATUS_LABELS[status]} tone={TONES[status]} />
}
