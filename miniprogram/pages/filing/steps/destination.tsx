import { targetFor } from '@shared/rules/filing-target'
import { Text, View } from '@tarojs/components'
import ErrorBanner from '../../../components/error-banner'
import RegionField from '../../../components/region-field'
import SourceLine from '../../../components/source-line'
import { quoteSoFar } from '../form-draft'
import type { StepProps } from './step-props'

/** Where the person will be treated, and where the filing goes: the city's pooling region or the province. */
export default function DestinationStep({ form, errors, change, today, refusal }: StepProps) {
  const target =
    form.destination && form.insuredRegion ? targetFor(form.insuredRegion, form.destination) : undefined
  // The core's own words for where the filing goes (the confirmation card shows the same line).
  const where = target?.ok
    ? quoteSoFar({ ...form, startDate: today, inHospital: false }, today)?.notices.find(
        (notice) => notice.code === 'TARGET',
      )
    : undefined
  return (
    <View className="wizard-step">
      <RegionField
        label="就医地"
        name="destination"
        value={form.destination}
        onChange={(destination) => change({ destination })}
        hint="去哪个城市看病，如：深圳、武汉、北京"
        error={errors.destination}
      />
      {target?.ok && (
        <View className="wizard-step__card">
          <Text className="wizard-step__card-title">
            备案到：{target.value.name}（{target.value.level === 'province' ? '省级' : '市级'}）
          </Text>
          {where && <Text className="wizard-step__card-text">{where.text}</Text>}
          {where && <SourceLine source={where.source} />}
        </View>
      )}
      {/* Said at once, before 下一步; after it the host's banner says it, so not twice. */}
      {target && !target.ok && !refusal && <ErrorBanner error={target.error} />}
    </View>
  )
}
