import type { FilingTypeRule } from '@shared/policy/profile.schema'
import { profileFor } from '@shared/policy/profiles'
import { FILING_TYPE_HINTS, FILING_TYPE_LABELS, type FilingType } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../components/choice-group'
import SourceLine from '../../../components/source-line'
import type { StepProps } from './step-props'

/** What a type means for the person, read from the profile's rows: how long it lasts, whether it locks. */
const consequence = (rule: FilingTypeRule): string => {
  const months = rule.validityMonths.value
  const validity = months === null ? '长期有效' : `有效期 ${months} 个月`
  const lock = rule.changeLock.value
  const locked = lock.kind === 'months' ? `；${lock.months} 个月内原则上不能变更或撤销` : ''
  const points = rule.ratioReductionPoints.value
  const reduced = points > 0 ? `；报销比例比在本地就医最多低 ${points} 个百分点` : ''
  return `${validity}${locked}${reduced}`
}

/** Only the types the insured region's profile offers, each in plain words. */
export default function FilingTypeStep({ form, errors, change }: StepProps) {
  const profile = profileFor(form.insuredRegion ?? '')
  const offered = Object.entries(profile.types) as [FilingType, FilingTypeRule][]
  return (
    <View className="wizard-step">
      <Text className="wizard-step__note">按{profile.name}的规定，可以办理以下备案：</Text>
      <ChoiceGroup<FilingType>
        label="备案类型"
        name="filingType"
        value={form.filingType}
        choices={offered.map(([type, rule]) => ({
          value: type,
          title: FILING_TYPE_LABELS[type],
          hint: `${FILING_TYPE_HINTS[type]}。${consequence(rule)}`,
        }))}
        onChange={(filingType) => change({ filingType, supplementLater: false })}
        error={errors.filingType}
      />
      <SourceLine source={profile.offeredTypesSource} />
    </View>
  )
}
