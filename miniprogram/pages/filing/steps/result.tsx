import { FILING_STATUS_LABELS, FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { validityPeriod } from '@shared/rules/filing-terms'
import { daysBetween } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import RegistrationStatusView from '../../../components/registration-status'
import SourceLine from '../../../components/source-line'
import StatusChip from '../../../components/status-chip'
import Tap from '../../../components/tap'
import { go, goHome, replace } from '../../../services/navigate'
import type { StepProps } from './step-props'

/** Effective at once, or pending with the deadline and what to upload. */
export default function ResultStep({ outcome: { filing }, today, startOver }: StepProps) {
  if (!filing) return null
  const effective = filing.status === 'effective'
  const pending = filing.status === 'pending_supplement'
  // The clause that makes the filing wait for its material, not the (possibly example) deadline.
  const waits = filing.notices.find((notice) => notice.code === 'SUPPLEMENT_EFFECT')
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
      {pending && (
        <View className="wizard-step__card wizard-step__card--warn">
          <Text className="wizard-step__card-title">材料补充之前，还不能直接结算</Text>
          <Text className="wizard-step__card-text">
            备案要等材料补充后才生效：在这之前到就医地看病、住院，不能刷医保卡直接结算。
          </Text>
          {waits && <SourceLine source={waits.source} />}
        </View>
      )}
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
        <Tap onTap={() => replace('filingDetail', { id: filing.filingId })}>查看我的备案</Tap>
        <Tap kind="secondary" onTap={() => go('hospitals', { region: filing.destination.code })}>
          查备案地的定点医院
        </Tap>
        {/* A daughter filing for both parents: a fresh wizard, without leaving. */}
        <Tap kind="secondary" onTap={startOver}>
          再办一份备案
        </Tap>
        <Tap kind="secondary" onTap={goHome}>
          返回首页
        </Tap>
      </View>
    </View>
  )
}
