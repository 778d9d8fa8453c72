import {
  CARE_TYPE_LABELS,
  CARE_TYPES,
  HOSPITAL_LEVEL_LABELS,
  HOSPITAL_LEVELS,
  type HospitalLevel,
} from '@shared/policy/vocabulary'
import type { IsoDate } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import CheckRow from '../../../../components/check-row'
import ChoiceGroup from '../../../../components/choice-group'
import DateField from '../../../../components/date-field'
import { draftFields } from '../../../../components/draft-field'
import RegionField from '../../../../components/region-field'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { go } from '../../../../services/navigate'
import { asksTraumaCommitment, paperInvoiceError } from './claim-form'
import HospitalPicker from './hospital-picker'
import type { SectionProps } from './section-props'

const CARE_CHOICES = CARE_TYPES.map((value) => ({ value, title: CARE_TYPE_LABELS[value] }))
const LEVEL_CHOICES = HOSPITAL_LEVELS.map((level) => ({
  value: String(level) as `${HospitalLevel}`,
  title: `${HOSPITAL_LEVEL_LABELS[level]}医院`,
}))

/** Where and when the person was treated, and what it cost. */
export default function CaseSection({ form, errors, change, today }: SectionProps & { today: IsoDate }) {
  const inpatient = form.careType === 'inpatient'
  const field = draftFields(form, change, errors)
  return (
    <View className="record-section">
      <Text className="record-section__title">就医情况</Text>
      <ChoiceGroup label="就医类型" choices={CARE_CHOICES} {...field('careType')} />
      {asksTraumaCommitment(form) && (
        <View className="record-section__group">
          <CheckRow
            label="因外伤就医，且无第三方责任（需提交外伤无第三方责任承诺书）"
            checked={form.injury}
            onChange={(injury) => change({ injury })}
          />
          {form.injury && (
            <Tap kind="secondary" onTap={() => go('traumaCommitment')}>
              在手机上填写承诺书
            </Tap>
          )}
        </View>
      )}
      <TextField
        label="医院名称"
        maxlength={100}
        placeholder="如：北京协和医院"
        {...field('hospitalName', 'hospital.name')}
        // A typed name is no longer the directory's row.
        onChange={(hospitalName) => change({ hospitalName, hospitalCode: undefined })}
      />
      <RegionField
        label="医院所在地"
        {...field('hospitalRegion', 'hospital.regionCode')}
        onChange={(hospitalRegion) => change({ hospitalRegion, hospitalCode: undefined })}
      />
      <HospitalPicker form={form} change={change} />
      <ChoiceGroup
        label="医院级别（不清楚可不选）"
        choices={LEVEL_CHOICES}
        {...field('hospitalLevel', 'hospital.level')}
      />
      <DateField label={inpatient ? '入院日期' : '就诊日期'} max={today} {...field('admissionDate')} />
      {inpatient && (
        <DateField label="出院日期" min={form.admissionDate} max={today} {...field('dischargeDate')} />
      )}
      <TextField
        label="医疗费用总额（元）"
        type="digit"
        maxlength={12}
        hint="发票上的合计金额，如 1234.50"
        {...field('totalCost')}
      />
      <TextField
        label="票据号码（可不填）"
        maxlength={300}
        hint="医疗收费票据上的号码，多张用空格隔开；同一张票据只能报销一次"
        {...field('invoiceNumbers', 'invoices')}
        error={paperInvoiceError(form, errors)}
      />
    </View>
  )
}
