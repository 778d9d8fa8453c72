import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../components/choice-group'
import InsuredFields, { INSURANCE_CHOICES } from '../../../components/insured-fields'
import RegionField from '../../../components/region-field'
import type { StepProps } from './step-props'

/** The insured person (for 代办: the family member), where they are insured and how. */
export default function PersonStep({ form, errors, change }: StepProps) {
  return (
    <View className="wizard-step">
      {form.who === 'family' && <Text className="wizard-step__note">请填写看病的家人（参保人）的信息。</Text>}
      <InsuredFields
        labels={
          form.who === 'family'
            ? { name: '参保人姓名', idNumber: '参保人身份证号', phone: '参保人手机号' }
            : undefined
        }
        value={form.insured}
        onChange={(patch) => change((current) => ({ insured: { ...current.insured, ...patch } }))}
        errors={errors}
      />
      <RegionField
        label="参保地"
        name="insuredRegion"
        value={form.insuredRegion}
        onChange={(insuredRegion) => change({ insuredRegion, filingType: undefined })}
        hint="在哪个城市参加的医保，如：武汉、赣州"
        error={errors.insuredRegion}
      />
      <ChoiceGroup
        label="参保类型"
        name="insuranceType"
        value={form.insuranceType}
        choices={INSURANCE_CHOICES}
        onChange={(insuranceType) => change({ insuranceType })}
        error={errors.insuranceType}
      />
    </View>
  )
}
