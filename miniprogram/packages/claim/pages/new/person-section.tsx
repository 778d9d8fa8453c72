import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../../components/choice-group'
import { draftFields } from '../../../../components/draft-field'
import InsuredFields, { INSURANCE_CHOICES } from '../../../../components/insured-fields'
import RegionField from '../../../../components/region-field'
import type { SectionProps } from './section-props'

/** Who is claiming; from a filing the region and type are known, the ID number is asked again. */
export default function PersonSection({ form, errors, change }: SectionProps) {
  const field = draftFields(form, change, errors)
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
            hint="在哪个城市参加的医保：清单和报销比例按当地规定"
            {...field('insuredRegion')}
          />
          <ChoiceGroup label="参保类型" choices={INSURANCE_CHOICES} {...field('insuranceType')} />
        </>
      )}
    </View>
  )
}
