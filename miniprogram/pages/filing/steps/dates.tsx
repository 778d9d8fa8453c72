import { addDays } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import CheckRow from '../../../components/check-row'
import DateField from '../../../components/date-field'
import { quoteSoFar } from '../form-draft'
import type { StepProps } from './step-props'

/** The start date (today unless changed) within the profile's bounds; 先入院后备案 asks the admission date. */
export default function DatesStep({ form, errors, change, today }: StepProps) {
  // The bounds do not depend on the date chosen: ask the core with today's.
  const bounds = quoteSoFar({ ...form, startDate: today, inHospital: false }, today)
  const earliest = bounds?.earliestStart ?? undefined
  const latest = bounds?.latestStart
  const quick = [
    { label: '今天', value: today },
    { label: '明天', value: addDays(today, 1) },
    { label: '一周后', value: addDays(today, 7) },
  ].filter((choice) => !latest || choice.value <= latest)
  return (
    <View className="wizard-step">
      <DateField
        label="备案开始日期"
        name="startDate"
        value={form.startDate ?? today}
        onChange={(startDate) => change({ startDate })}
        min={earliest}
        max={latest}
        quick={quick}
        hint={
          earliest
            ? `可选 ${earliest} 至 ${latest ?? ''}；已在外地看病的，可往前补办`
            : `最晚可选 ${latest ?? ''}`
        }
        error={errors.startDate}
      />
      <CheckRow
        label="已经在外地住院了（先入院后备案）"
        checked={form.inHospital}
        onChange={(inHospital) =>
          change({ inHospital, admissionDate: inHospital ? form.admissionDate : undefined })
        }
      />
      {form.inHospital && (
        <DateField
          label="入院日期"
          name="admissionDate"
          value={form.admissionDate}
          onChange={(admissionDate) => change({ admissionDate })}
          max={today}
          hint="住进医院的那一天"
          error={errors.admissionDate}
        />
      )}
      {form.inHospital && (
        <Text className="wizard-step__note">确认页会按您参保地的规定，说明这次住院怎么结算。</Text>
      )}
    </View>
  )
}
