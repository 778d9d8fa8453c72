import type { FilingTypeRule } from '@shared/policy/profile.schema'
import { profileFor } from '@shared/policy/profiles'
import { FILING_TYPE_HINTS, FILING_TYPE_LABELS, type FilingType } from '@shared/policy/vocabulary'
import { typeSummary } from '@shared/rules/filing-terms'
import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../components/choice-group'
import SourceLine from '../../../components/source-line'
import type { StepProps } from './step-props'

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
          hint: `${FILING_TYPE_HINTS[type]}。${typeSummary(rule)}`,
        }))}
        onChange={(filingType) => change({ filingType, supplementLater: false })}
        error={errors.filingType}
      />
      <SourceLine source={profile.offeredTypesSource} />
    </View>
  )
}
