import { INSURANCE_TYPE_LABELS, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../components/choice-group'
import RegionField from '../../../components/region-field'
import TextField from '../../../components/text-field'
import type { StepProps } from './step-props'

const INSURANCE_CHOICES = INSURANCE_TYPES.map((value) => ({ value, title: INSURANCE_TYPE_LABELS[value] }))

/** The insured person (for 代办: the family member), where they are insured and how. */
export default function PersonStep({ form, errors, change }: StepProps) {
  const insured = (field: keyof typeof form.insured) => (value: string) =>
    change({ insured: { ...form.insured, [field]: value } })
  return (
    <View className="wizard-step">
      {form.who === 'family' && <Text className="wizard-step__note">请填写看病的家人（参保人）的信息。</Text>}
      <TextField
        label="姓名"
        name="insured.name"
        value={form.insured.name}
        onChange={insured('name')}
        // 30 characters, but a rare character outside the BMP takes two UTF-16 units: the schema counts.
        maxlength={60}
        error={errors['insured.name']}
      />
      <TextField
        label="身份证号"
        name="insured.idNumber"
        type="idcard"
        value={form.insured.idNumber}
        onChange={insured('idNumber')}
        maxlength={18}
        hint="18 位，最后一位可能是 X"
        error={errors['insured.idNumber']}
      />
      <TextField
        label="手机号"
        name="insured.phone"
        type="phone"
        value={form.insured.phone}
        onChange={insured('phone')}
        maxlength={11}
        error={errors['insured.phone']}
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
