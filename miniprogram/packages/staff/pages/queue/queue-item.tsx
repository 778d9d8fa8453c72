import { CARE_TYPE_LABELS, FILING_TYPE_LABELS, REVIEW_STATE_LABELS } from '@shared/policy/vocabulary'
import type { ClaimSummary, FilingSummary } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import ClaimStatusChip from '../../../../components/status-chip/claim-status'
import FilingStatusChip from '../../../../components/status-chip/filing-status'
import Tap from '../../../../components/tap'
import { shanghaiTime } from '../../../../components/timeline'

type Item = FilingSummary | ClaimSummary

/** One waiting item: who, what, since when. */
export default function QueueItem({ item, onOpen }: { item: Item; onOpen: () => void }) {
  if ('claimId' in item)
    return (
      <Tap kind="secondary" className="record-card" onTap={onOpen}>
        <View className="record-card__head">
          <Text className="record-card__title">
            {item.insured.name} · {CARE_TYPE_LABELS[item.careType]}
          </Text>
          <ClaimStatusChip status={item.status} />
        </View>
        <Text className="record-card__line">
          {item.insuredRegion.name} · {item.hospital.name} · {item.totalCost.toFixed(2)} 元
        </Text>
        {item.flags && item.flags.length > 0 && (
          <Text className="record-card__line">需留意：{item.flags.map((flag) => flag.text).join('；')}</Text>
        )}
        <Text className="record-card__line">申请于 {shanghaiTime(item.createdAt)}</Text>
      </Tap>
    )
  return (
    <Tap kind="secondary" className="record-card" onTap={onOpen}>
      <View className="record-card__head">
        <Text className="record-card__title">{item.insured.name}</Text>
        <FilingStatusChip status={item.status} />
      </View>
      <Text className="record-card__line">
        {FILING_TYPE_LABELS[item.filingType]} · 备案到{item.target.name}
      </Text>
      <Text className="record-card__line">{REVIEW_STATE_LABELS[item.review]}</Text>
      <Text className="record-card__line">办理于 {shanghaiTime(item.createdAt)}</Text>
    </Tap>
  )
}
