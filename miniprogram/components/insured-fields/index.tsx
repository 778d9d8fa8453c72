import { INSURANCE_TYPE_LABELS, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { View } from '@tarojs/components'
import TextField from '../text-field'

export interface InsuredValue {
  name: string
  idNumber: string
  phone: string
}

/** The 参保类型 choices, for the ChoiceGroup beside these fields. */
const INSURANCE_HINTS: Record<(typeof INSURANCE_TYPES)[number], string> = {
  employee: '在单位参保，或以个人身份参加职工医保',
  resident: '城乡居民医保（学生、儿童、老人、没有工作的人等）',
  retired_cadre: '1949 年 10 月 1 日以前参加革命工作的离休干部',
}

export const INSURANCE_CHOICES = INSURANCE_TYPES.map((value) => ({
  value,
  title: INSURANCE_TYPE_LABELS[value],
  hint: INSURANCE_HINTS[value],
}))

interface Props {
  value: InsuredValue
  onChange: (change: Partial<InsuredValue>) => void
  /** By draft path ('insured.idNumber'), as the core's schemas name them. */
  errors: Record<string, string>
  labels?: { name: string; idNumber: string; phone: string }
  phoneHint?: string
  /** Whose number it must be (代办 for a chosen family member); the format otherwise. */
  idNumberHint?: string
}

/** 姓名, 身份证号, 手机号 of the insured person, checked by the core's schema on the way out. */
export default function InsuredFields({ value, onChange, errors, labels, phoneHint, idNumberHint }: Props) {
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
        hint={idNumberHint ?? '18 位，最后一位可能是 X'}
        error={errors['insured.idNumber']}
      />
      <TextField
        label={label.phone}
        name="insured.phone"
        type="phone"
        value={value.phone}
        onChange={(phone) => onChange({ phone })}
        // Room for '+86 139 0013 9000' as pasted: the core's schema makes it 13900139000.
        maxlength={20}
        hint={phoneHint}
        error={errors['insured.phone']}
      />
    </View>
  )
}
