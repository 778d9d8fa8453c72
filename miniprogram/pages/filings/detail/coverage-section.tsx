import { DIRECT_CARE_KINDS, DIRECT_CARE_LABELS, type DirectCareKind } from '@shared/policy/vocabulary'
import type { FilingView } from '@shared/schemas/responses.schema'
import { addDays, type IsoDate } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ChoiceGroup from '../../../components/choice-group'
import DateField from '../../../components/date-field'
import ErrorBanner from '../../../components/error-banner'
import Tap from '../../../components/tap'
import { useCall } from '../../../hooks/use-call'
import { go } from '../../../services/navigate'
import CoverageAnswer from './coverage-answer'
import CoverageHospital, { type AskedHospital } from './coverage-hospital'

const CARE_CHOICES = DIRECT_CARE_KINDS.map((value) => ({ value, title: DIRECT_CARE_LABELS[value] }))

/**
 * 我的住院能直接结算吗？ Asked for one hospital and one kind of care, planned or past: the core answers from the
 * filing and the hospital's row in the directory, with every reason and its source.
 */
export default function CoverageSection({ filing, today }: { filing: FilingView; today: IsoDate }) {
  const [care, setCare] = useState<DirectCareKind>('inpatient')
  const [hospital, setHospital] = useState<AskedHospital>({ typed: '' })
  const [admissionDate, setAdmission] = useState<string>()
  const [dischargeDate, setDischarge] = useState<string>()
  const { state, run, setState } = useCall('filing.coverage')
  const inpatient = care === 'inpatient'
  const asked = hospital.picked
    ? { code: hospital.picked.code }
    : hospital.typed.trim()
      ? { name: hospital.typed.trim() }
      : undefined
  const ask = () =>
    admissionDate &&
    asked &&
    void run({
      filingId: filing.filingId,
      care,
      hospital: asked,
      admissionDate,
      ...(inpatient && dischargeDate ? { dischargeDate } : {}),
    })
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setState({ status: 'idle' })
    }
  return (
    <View className="record-section">
      <Text className="record-section__title">我的住院、门诊能直接结算吗？</Text>
      <ChoiceGroup
        label="就医类别"
        name="coverage.care"
        value={care}
        choices={CARE_CHOICES}
        onChange={changed(setCare)}
      />
      <CoverageHospital value={hospital} onChange={changed(setHospital)} destination={filing.target} />
      <DateField
        label={inpatient ? '入院日期' : '就诊日期'}
        name="coverage.admissionDate"
        value={admissionDate}
        onChange={changed(setAdmission)}
        quick={[
          { label: '今天', value: today },
          { label: '明天', value: addDays(today, 1) },
        ]}
      />
      {inpatient && (
        <DateField
          label="出院日期（还没出院可不填）"
          name="coverage.dischargeDate"
          value={dischargeDate}
          onChange={changed(setDischarge)}
          min={admissionDate}
        />
      )}
      <Tap kind="secondary" onTap={ask} disabled={!admissionDate || !asked} busy={state.status === 'loading'}>
        查询
      </Tap>
      {!asked && <Text className="record-section__hint">请先选择或填写就诊医院</Text>}
      {state.status === 'error' && <ErrorBanner error={state.error} />}
      {state.status === 'done' && <CoverageAnswer coverage={state.data} />}
      <Tap kind="plain" onTap={() => go('hospitals', { region: filing.destination.code })}>
        查{filing.destination.name}的定点医院（能否直接结算）
      </Tap>
    </View>
  )
}
