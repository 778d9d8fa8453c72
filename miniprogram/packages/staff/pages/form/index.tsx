import { sourceLabel } from '@shared/policy/sources'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import PageState from '../../../../components/page-state'
import Tap from '../../../../components/tap'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { pageQuery } from '../../../../services/navigate'
import StaffOnly, { isForbidden } from '../../staff-only'
import './index.scss'
import { useShown } from '../../../../hooks/use-shown'

// Filled on paper at the counter: the form's own signature and stamp boxes (附件1).
const SIGNATURES = ['申请人（代办人）签字', '经办人', '经办机构（盖章）', '日期']
const NOT_PRINTED = new Set(['title', 'filingId', 'basis', 'note'])

/**
 * The region's filing form from `staff.form` (赣州: 江西省医疗保险异地备案表, 附件1; elsewhere the generic
 * 异地就医备案表), laid out to print: the print stylesheet drops everything but the form. The ID number stays
 * masked, on paper too.
 */
export default function FilingFormPrint() {
  const scale = useFontScale()
  const filingId = useMemo(() => pageQuery().id ?? '', [])
  const { state, load } = useShown('staff.form', { filingId })

  if (state.status === 'idle' || state.status === 'loading')
    return (
      <View className="record" style={scale}>
        <PageState kind="loading" />
      </View>
    )
  if (state.status === 'error')
    return (
      <View className="record" style={scale}>
        {isForbidden(state.error) ? (
          <StaffOnly />
        ) : (
          <PageState kind="error" text={state.error.message} onRetry={load} />
        )}
      </View>
    )
  const form = state.data
  const fields = Object.entries(form).filter(
    (entry): entry is [string, string] => !NOT_PRINTED.has(entry[0]) && typeof entry[1] === 'string',
  )
  return (
    <View className="record print-form" style={scale}>
      <View className="print-form__sheet" ariaRole="document" ariaLabel={form.title}>
        <Text className="print-form__title">{form.title}</Text>
        {form.note ? <Text className="print-form__note">{form.note}</Text> : null}
        <Text className="print-form__number">备案编号：{form.filingId}</Text>
        <View className="print-form__table">
          {fields.map(([label, value]) => (
            <View key={label} className="print-form__row">
              <Text className="print-form__label">{label}</Text>
              <Text className="print-form__value">{value || '　'}</Text>
            </View>
          ))}
          {SIGNATURES.map((label) => (
            <View key={label} className="print-form__row print-form__row--sign">
              <Text className="print-form__label">{label}</Text>
              <Text className="print-form__value">　</Text>
            </View>
          ))}
        </View>
        <Text className="print-form__basis">依据：{sourceLabel(form.basis)}</Text>
      </View>
      <View className="print-form__actions">
        {process.env.TARO_ENV === 'h5' ? (
          <Tap onTap={() => window.print()}>打印备案表</Tap>
        ) : (
          <Text className="record-section__hint">请在电脑上打开经办系统打印此表。</Text>
        )}
      </View>
    </View>
  )
}
