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
  return (
    <View className="record-section">
      <Text className="record-section__title">就医情况</Text>
      <ChoiceGroup
        label="就医类型"
        name="careType"
        value={form.careType}
        choices={CARE_CHOICES}
        onChange={(careType) => change({ careType })}
        error={errors.careType}
      />
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
        name="hospital.name"
        value={form.hospitalName}
        onChange={(hospitalName) => change({ hospitalName, hospitalCode: undefined })}
        maxlength={100}
        placeholder="如：北京协和医院"
        error={errors['hospital.name']}
      />
      <RegionField
        label="医院所在地"
        name="hospital.regionCode"
        value={form.hospitalRegion}
        onChange={(hospitalRegion) => change({ hospitalRegion, hospitalCode: undefined })}
        error={errors['hospital.regionCode']}
      />
      <HospitalPicker form={form} change={change} />
      <ChoiceGroup
        label="医院级别（不清楚可不选）"
        name="hospital.level"
        value={form.hospitalLevel}
        choices={LEVEL_CHOICES}
        onChange={(hospitalLevel) => change({ hospitalLevel })}
        error={errors['hospital.level']}
      />
      <DateField
        label={inpatient ? '入院日期' : '就诊日期'}
        name="admissionDate"
        value={form.admissionDate}
        onChange={(admissionDate) => change({ admissionDate })}
        max={today}
        error={errors.admissionDate}
      />
      {inpatient && (
        <DateField
          label="出院日期"
          name="dischargeDate"
          value={form.dischargeDate}
          onChange={(dischargeDate) => change({ dischargeDate })}
          min={form.admissionDate}
          max={today}
          error={errors.dischargeDate}
        />
      )}
      <TextField
        label="医疗费用总额（元）"
        name="totalCost"
        type="digit"
        value={form.totalCost}
        onChange={(totalCost) => change({ totalCost })}
        maxlength={12}
        hint="发票上的合计金额，如 1234.50"
        error={errors.totalCost}
      />
      <TextField
        label="票据号码（可不填）"
        name="invoices"
        value={form.invoiceNumbers}
        onChange={(invoiceNumbers) => change({ invoiceNumbers })}
        maxlength={300}
        hint="医疗收费票据上的号码，多张用空格隔开；同一张票据只能报销一次"
        error={paperInvoiceError(form, errors)}
      />
    </View>
  )
}
