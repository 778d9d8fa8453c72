import { FILING_STATUS_LABELS, FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { validityPeriod } from '@shared/rules/filing-terms'
import type { FilingView } from '@shared/schemas/responses.schema'
import { daysBetween, type IsoDate } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import RegistrationStatusView from '../../../components/registration-status'
import StatusChip from '../../../components/status-chip'
import Tap from '../../../components/tap'

interface Props {
  filing: FilingView
  today: IsoDate
  onOpen: () => void
  onHome: () => void
}

/** Effective at once, or pending with the deadline and what to upload. */
export default function ResultStep({ filing, today, onOpen, onHome }: Props) {
  const effective = filing.status === 'effective'
  return (
    <View className="wizard-step">
      <View className={effective ? 'result result--good' : 'result result--waiting'} ariaRole="status">
        <Text className="result__title">{effective ? '备案已生效' : '备案已提交，待补充材料'}</Text>
        <StatusChip text={FILING_STATUS_LABELS[filing.status]} tone={effective ? 'good' : 'waiting'} />
        <Text className="result__line">
          {FILING_TYPE_LABELS[filing.filingType]}，备案到{filing.target.name}
        </Text>
        <Text className="result__line">有效期：{validityPeriod(filing)}</Text>
      </View>
      <RegistrationStatusView filing={filing} />
      {filing.supplementDeadline && filing.outstandingMaterials.length > 0 && (
        <View className="wizard-step__card">
          <Text className="wizard-step__card-title">
            请在 {filing.supplementDeadline} 前补充（还有 {daysBetween(today, filing.supplementDeadline)}{' '}
            天）：
          </Text>
          {filing.outstandingMaterials.map((material) => (
            <Text key={material.kind} className="wizard-step__card-text">
              · {material.label}
            </Text>
          ))}
          <Text className="wizard-step__card-text">取得后在“我的备案”中上传即可。</Text>
        </View>
      )}
      <View className="wizard-actions wizard-actions--column">
        <Tap onTap={onOpen}>查看我的备案</Tap>
        <Tap kind="secondary" onTap={onHome}>
          返回首页
        </Tap>
      </View>
    </View>
  )
}
