import { FILING_STATUS_LABELS, type FilingStatus } from '@shared/policy/vocabulary'
import StatusChip, { type ChipTone } from '.'

const TONES: Record<FilingStatus, ChipTone> = {
  effective: 'good',
  pending_supplement: 'waiting',
  expired: 'bad',
  cancelled: 'bad',
}

export default function FilingStatusChip({ status }: { status: FilingStatus }) {
  return <StatusChip text={FILING_STATUS_LABELS[status]} tone={TONES[status]} />
}
