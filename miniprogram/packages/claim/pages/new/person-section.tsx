import { INSURANCE_TYPE_LABELS, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../../components/choice-group'
import RegionField from '../../../../components/region-field'
import TextField from '../../../../components/text-field'
import type { SectionProps } from './section-props'

const INSURANCE_CHOICES = INSURANCE_TYPES.map((value) => ({ value, title: INSURANCE_TYPE_LABELS[value] }))

/** Who is claiming; from a filing the region and type are known, the ID number is asked again. */
export default function PersonSection({ form, errors, change }: SectionProps) {
  return (
    <View className="record-section">
      <Text className="record-section__title">参保人</Text>
      {form.filing && (
        <Text className="record-section__hint">
          按备案“{form.filing.label}”申请。备案后不再显示完整身份证号，请再输入一次。
        </Text>
      )}
      <TextField
        label="参保人姓名"
        name="insured.name"
        value={form.name}
        onChange={(name) => change({ name })}
        maxlength={30}
        error={errors['insured.name']}
      />
      <TextField
        label="参保人身份证号"
        name="insured.idNumber"
        type="idcard"
        value={form.idNumber}
        onChange={(idNumber) => change({ idNumber })}
        maxlength={18}
        hint="18 位，最后一位可能是 X"
        error={errors['insured.idNumber']}
      />
      <TextField
        label="联系电话"
        name="insured.phone"
        type="phone"
        value={form.phone}
        onChange={(phone) => change({ phone })}
        maxlength={11}
        hint="经办人员有问题时打这个电话"
        error={errors['insured.phone']}
      />
      {!form.filing && (
        <>
          <RegionField
            label="参保地"
            name="insuredRegion"
            value={form.insuredRegion}
            onChange={(insuredRegion) => change({ insuredRegion })}
            hint="在哪个城市参加的医保：清单和报销比例按当地规定"
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
        </>
      )}
    </View>
  )
}
