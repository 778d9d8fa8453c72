import type { RecordKind } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import PageState from '../../../../components/page-state'
import RegionField from '../../../../components/region-field'
import Tap from '../../../../components/tap'
import { useCall } from '../../../../hooks/use-call'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { go } from '../../../../services/navigate'
import StaffOnly, { isForbidden } from '../../staff-only'
import { QUEUE_FILTERS, QUEUE_KINDS, type QueueStatus, WAITING_FILTERS } from './queue-filters'
import QueueItem from './queue-item'
import RegistrationQueue from './registration-queue'
import './index.scss'

/** 经办审核: claims and supplemented filings, the longest waiting first, filtered by status. */
export default function StaffQueue() {
  const scale = useFontScale()
  const [kind, setKind] = useState<RecordKind>('claim')
  const [status, setStatus] = useState<QueueStatus>()
  const [registrations, setRegistrations] = useState(false)
  const [region, setRegion] = useState<string>()
  const [waitingDays, setWaitingDays] = useState<number>()
  const { state, run } = useCall('staff.queue')
  type Choice = { kind: RecordKind; status?: QueueStatus; region?: string; waitingDays?: number }
  const load = (next: Choice = { kind, status, region, waitingDays }) =>
    run({
      kind: next.kind,
      ...(next.status ? { status: next.status } : {}),
      ...(next.kind === 'claim' && next.region ? { insuredRegion: next.region } : {}),
      ...(next.kind === 'claim' && next.waitingDays !== undefined ? { waitingDays: next.waitingDays } : {}),
    })
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()))
  const choose = (next: Partial<Choice>) => {
    const chosen = { kind, status, region, waitingDays, ...next }
    setRegistrations(false)
    setKind(chosen.kind)
    setStatus(chosen.status)
    setRegion(chosen.region)
    setWaitingDays(chosen.waitingDays)
    void load(chosen)
  }

  if (state.status === 'error' && isForbidden(state.error))
    return (
      <View className="record" style={scale}>
        <StaffOnly />
      </View>
    )
  return (
    <View className="record" style={scale}>
      <View className="staff-tabs" ariaRole="group" ariaLabel="审核事项">
        {QUEUE_KINDS.map((tab) => (
          <Tap
            key={tab.kind}
            kind="secondary"
            className="staff-tabs__tab"
            pressed={!registrations && tab.kind === kind}
            onTap={() => choose({ kind: tab.kind, status: undefined })}
          >
            {tab.label}
          </Tap>
        ))}
        <Tap
          kind="secondary"
          className="staff-tabs__tab"
          pressed={registrations}
          onTap={() => setRegistrations(true)}
        >
          平台登记
        </Tap>
      </View>
      {registrations ? (
        <RegistrationQueue />
      ) : (
        <>
          <Text className="record-section__hint">按状态筛选（最早提交的排在最前）：</Text>
          <View className="staff-filters" ariaRole="group" ariaLabel="按状态筛选">
            {QUEUE_FILTERS[kind].map((filter) => (
              <Tap
                key={filter.label}
                kind="secondary"
                className="staff-filters__filter"
                pressed={filter.status === status}
                onTap={() => choose({ status: filter.status })}
              >
                {filter.label}
              </Tap>
            ))}
          </View>
          {kind === 'claim' && (
            <>
              <RegionField
                label="按参保地筛选（省、市或区县）"
                name="queue.insuredRegion"
                value={region}
                onChange={(code) => choose({ region: code })}
              />
              <View className="staff-filters" ariaRole="group" ariaLabel="按等待时间筛选">
                {WAITING_FILTERS.map((filter) => (
                  <Tap
                    key={filter.label}
                    kind="secondary"
                    className="staff-filters__filter"
                    pressed={filter.days === waitingDays}
                    onTap={() => choose({ waitingDays: filter.days })}
                  >
                    {filter.label}
                  </Tap>
                ))}
              </View>
            </>
          )}
          {(state.status === 'idle' || state.status === 'loading') && <PageState kind="loading" />}
          {state.status === 'error' && (
            <PageState kind="error" text={state.error.message} onRetry={() => load()} />
          )}
          {state.status === 'done' && state.data.items.length === 0 && (
            <PageState kind="empty" text="没有这个状态的事项" />
          )}
          {state.status === 'done' &&
            state.data.items.map((item) => (
              <QueueItem
                key={'claimId' in item ? item.claimId : item.filingId}
                item={item}
                onOpen={() =>
                  go('staffReview', { kind, id: 'claimId' in item ? item.claimId : item.filingId })
                }
              />
            ))}
        </>
      )}
    </View>
  )
}
