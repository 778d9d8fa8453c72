import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../../components/choice-group'
import InsuredFields, { INSURANCE_CHOICES } from '../../../../components/insured-fields'
import RegionField from '../../../../components/region-field'
import type { SectionProps } from './section-props'

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
      <InsuredFields
        value={form}
        onChange={change}
        errors={errors}
        labels={{ name: '参保人姓名', idNumber: '参保人身份证号', phone: '联系电话' }}
        phoneHint="经办人员有问题时打这个电话"
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
