import { CARE_TYPE_LABELS, FILING_TYPE_LABELS, REVIEW_STATE_LABELS } from '@shared/policy/vocabulary'
import type { ClaimSummary, FilingSummary } from '@shared/schemas/responses.schema'
import RecordCard from '../../../../components/record-card'
import ClaimStatusChip from '../../../../components/status-chip/claim-status'
import FilingStatusChip from '../../../../components/status-chip/filing-status'
import { shanghaiTime } from '../../../../components/timeline'

type Item = FilingSummary | ClaimSummary

/** One waiting item: who, what, since when. */
export default function QueueItem({ item, onOpen }: { item: Item; onOpen: () => void }) {
  if ('claimId' in item)
    return (
      <RecordCard
        title={`${item.insured.name} · ${CARE_TYPE_LABELS[item.careType]}`}
        chip={<ClaimStatusChip status={item.status} />}
        lines={[
          `${item.insuredRegion.name} · ${item.hospital.name} · ${item.totalCost.toFixed(2)} 元`,
          item.flags && item.flags.length > 0 && `需留意：${item.flags.map((flag) => flag.text).join('；')}`,
          `申请于 ${shanghaiTime(item.createdAt)}`,
        ]}
        onTap={onOpen}
      />
    )
  return (
    <RecordCard
      title={item.insured.name}
      chip={<FilingStatusChip status={item.status} />}
      lines={[
        `${FILING_TYPE_LABELS[item.filingType]} · 备案到${item.target.name}`,
        REVIEW_STATE_LABELS[item.review],
        `办理于 ${shanghaiTime(item.createdAt)}`,
      ]}
      onTap={onOpen}
    />
  )
}
