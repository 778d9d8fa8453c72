import { INSURANCE_TYPE_LABELS, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { View } from '@tarojs/components'
import TextField from '../text-field'

export interface InsuredValue {
  name: string
  idNumber: string
  phone: string
}

/** The 参保类型 choices, for the ChoiceGroup beside these fields. */
export const INSURANCE_CHOICES = INSURANCE_TYPES.map((value) => ({
  value,
  title: INSURANCE_TYPE_LABELS[value],
}))

interface Props {
  value: InsuredValue
  onChange: (change: Partial<InsuredValue>) => void
  /** By draft path ('insured.idNumber'), as the core's schemas name them. */
  errors: Record<string, string>
  labels?: { name: string; idNumber: string; phone: string }
  phoneHint?: string
}

/** 姓名, 身份证号, 手机号 of the insured person, checked by the core's schema on the way out. */
export default function InsuredFields({ value, onChange, errors, labels, phoneHint }: Props) {
  const label = labels ?? { name: '姓名', idNumber: '身份证号', phone: '手机号' }
  return (
    <View className="insured-fields">
      <TextField
        label={label.name}
        name="insured.name"
        value={value.name}
        onChange={(name) => onChange({ name })}
        // 30 characters, but one outside the BMP (李𬌗) takes two UTF-16 units: the schema counts characters.
        maxlength={60}
        error={errors['insured.name']}
      />
      <TextField
        label={label.idNumber}
        name="insured.idNumber"
        type="idcard"
        value={value.idNumber}
        onChange={(idNumber) => onChange({ idNumber })}
        maxlength={18}
        hint="18 位，最后一位可能是 X"
        error={errors['insured.idNumber']}
      />
      <TextField
        label={label.phone}
        name="insured.phone"
        type="phone"
        value={value.phone}
        onChange={(phone) => onChange({ phone })}
        maxlength={11}
        hint={phoneHint}
        error={errors['insured.phone']}
      />
    </View>
  )
}
