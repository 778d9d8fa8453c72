import type { FilingView } from '@shared/schemas/responses.schema'
import type { IsoDate } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import DateField from '../../../components/date-field'
import ErrorBanner from '../../../components/error-banner'
import SourceLine from '../../../components/source-line'
import Tap from '../../../components/tap'
import { useCall } from '../../../hooks/use-call'
import { go } from '../../../services/navigate'

/** 我的住院能直接结算吗？ The core answers from the filing's facts, with the rule. */
export default function CoverageSection({ filing, today }: { filing: FilingView; today: IsoDate }) {
  const [admissionDate, setAdmission] = useState<string>()
  const [dischargeDate, setDischarge] = useState<string>()
  const { state, run } = useCall('filing.coverage')
  const ask = () =>
    admissionDate &&
    void run({ filingId: filing.filingId, admissionDate, ...(dischargeDate ? { dischargeDate } : {}) })
  return (
    <View className="record-section">
      <Text className="record-section__title">我的住院能直接结算吗？</Text>
      <DateField
        label="入院日期"
        name="coverage.admissionDate"
        value={admissionDate}
        onChange={setAdmission}
        max={today}
      />
      <DateField
        label="出院日期（还没出院可不填）"
        name="coverage.dischargeDate"
        value={dischargeDate}
        onChange={setDischarge}
        min={admissionDate}
      />
      <Tap kind="secondary" onTap={ask} disabled={!admissionDate} busy={state.status === 'loading'}>
        查询
      </Tap>
      {state.status === 'error' && <ErrorBanner error={state.error} />}
      {state.status === 'done' && (
        <View
          className={state.data.directSettlement ? 'answer answer--yes' : 'answer answer--no'}
          ariaRole="status"
        >
          <Text className="answer__title">
            {state.data.directSettlement ? '可以直接结算' : '不能直接结算'}
          </Text>
          <Text className="answer__text">{state.data.reason}</Text>
          <SourceLine source={state.data.source} />
        </View>
      )}
      <Tap kind="plain" onTap={() => go('hospitals', { region: filing.destination.code })}>
        查{filing.destination.name}的定点医院（能否直接结算）
      </Tap>
    </View>
  )
}
