import { FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import Hotline from '../../../components/hotline'
import Tap from '../../../components/tap'
import { go } from '../../../services/navigate'
import { ALREADY_FILED, filedElsewhere, type InsuredLookup } from '../insured-lookup'

const card = (warn: boolean) => `wizard-step__card${warn ? ' wizard-step__card--warn' : ''}`

/** What the 医保信息平台 said of the insured person: in force, unknown (with the hotline), filed already, or silent. */
export default function LookupPanel({ lookup, onRetry }: { lookup?: InsuredLookup; onRetry: () => void }) {
  if (!lookup) return null
  if (lookup.state === 'checking')
    return (
      <View ariaRole="status">
        <Text className="wizard-step__note">正在向医保信息平台查询参保信息…</Text>
      </View>
    )
  if (lookup.state === 'failed') {
    if (lookup.error.code === 'FORBIDDEN')
      return (
        <View className={card(true)} ariaRole="alert">
          <Text className="wizard-step__card-title">不能为这位参保人办理</Text>
          <Text className="wizard-step__card-text">{lookup.error.message}</Text>
        </View>
      )
    return (
      <View className={card(false)} ariaRole="status">
        <Text className="wizard-step__card-text">
          未能查询参保信息：{lookup.error.message}。可以继续填写，提交后由经办机构核对。
        </Text>
        {lookup.error.code !== 'RATE_LIMITED' && (
          <Tap kind="plain" onTap={onRetry}>
            重新查询
          </Tap>
        )}
      </View>
    )
  }
  const { answer } = lookup
  if (answer.outcome === 'unavailable')
    return (
      <View className={card(false)} ariaRole="status">
        <Text className="wizard-step__card-title">医保信息平台暂时没有应答</Text>
        <Text className="wizard-step__card-text">{answer.message}</Text>
        <Tap kind="plain" onTap={onRetry}>
          重新查询
        </Tap>
      </View>
    )
  if (answer.outcome === 'not_insured')
    return (
      <View className={card(true)} ariaRole="alert">
        <Text className="wizard-step__card-title">未查到参保信息</Text>
        <Text className="wizard-step__card-text">{answer.message}</Text>
        <Hotline />
      </View>
    )
  const found = (
    <View ariaRole="status">
      <Text className="wizard-step__note">医保信息平台已查到参保信息。</Text>
    </View>
  )
  if (answer.filings.length === 0) return found
  const elsewhere = filedElsewhere(answer)
  return (
    <View className={card(elsewhere)} ariaRole={elsewhere ? 'alert' : 'status'}>
      {found}
      <Text className="wizard-step__card-title">已有异地就医备案</Text>
      <View className="wizard-step__existing">
        {answer.filings.map((filing) => (
          <View key={filing.number} className="wizard-step__group">
            <Text className="wizard-step__card-text">
              {filing.filingType ? `${FILING_TYPE_LABELS[filing.filingType]}，` : ''}备案到
              {filing.destination.name}，{filing.validFrom}
              {filing.validUntil ? ` 至 ${filing.validUntil}` : ' 起长期有效'}（登记号 {filing.number}）
            </Text>
            {filing.filingId && (
              <Tap kind="secondary" onTap={() => go('filingDetail', { id: filing.filingId! })}>
                查看这份备案
              </Tap>
            )}
          </View>
        ))}
      </View>
      <Text className="wizard-step__card-text">
        {elsewhere
          ? ALREADY_FILED
          : '以上是您在本程序办理的备案。再办一份前，确认页会列出与它重叠的备案，相同的备案不能重复办理。'}
      </Text>
    </View>
  )
}
