import type { RecordKind } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import PageState from '../../../../components/page-state'
import RegionField from '../../../../components/region-field'
import Tap from '../../../../components/tap'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { go } from '../../../../services/navigate'
import StaffOnly, { isForbidden } from '../../staff-only'
import FaqQuestionQueue from './faq-question-queue'
import FaqWeekly from './faq-weekly'
import { QUEUE_FILTERS, QUEUE_KINDS, type QueueStatus, WAITING_FILTERS } from './queue-filters'
import QueueItem from './queue-item'
import QueueMore from './queue-more'
import RegistrationQueue from './registration-queue'
import { type QueueFilter, useQueuePages } from './use-queue-pages'
import './index.scss'

/** 经办审核: claims and supplemented filings, the longest waiting first, filtered by status. */
export default function StaffQueue() {
  const scale = useFontScale()
  const [kind, setKind] = useState<RecordKind>('claim')
  const [status, setStatus] = useState<QueueStatus>()
  /** A tab other than the review queue: 平台登记, 群众提问 or 问答统计. */
  const [other, setOther] = useState<'registrations' | 'questions' | 'faqWeekly'>()
  const [region, setRegion] = useState<string>()
  const [waitingDays, setWaitingDays] = useState<number>()
  const { pages, reload, loadMore } = useQueuePages()
  const load = (next: QueueFilter = { kind, status, region, waitingDays }) => reload(next)
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()))
  const choose = (next: Partial<QueueFilter>) => {
    const chosen = { kind, status, region, waitingDays, ...next }
    setOther(undefined)
    setKind(chosen.kind)
    setStatus(chosen.status)
    setRegion(chosen.region)
    setWaitingDays(chosen.waitingDays)
    void load(chosen)
  }

  if (pages.status === 'error' && isForbidden(pages.error))
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
            pressed={!other && tab.kind === kind}
            onTap={() => choose({ kind: tab.kind, status: undefined })}
          >
            {tab.label}
          </Tap>
        ))}
        <Tap
          kind="secondary"
          className="staff-tabs__tab"
          pressed={other === 'registrations'}
          onTap={() => setOther('registrations')}
        >
          平台登记
        </Tap>
        <Tap
          kind="secondary"
          className="staff-tabs__tab"
          pressed={other === 'questions'}
          onTap={() => setOther('questions')}
        >
          群众提问
        </Tap>
        <Tap
          kind="secondary"
          className="staff-tabs__tab"
          pressed={other === 'faqWeekly'}
          onTap={() => setOther('faqWeekly')}
        >
          问答统计
        </Tap>
      </View>
      {other === 'registrations' ? (
        <RegistrationQueue />
      ) : other === 'questions' ? (
        <FaqQuestionQueue />
      ) : other === 'faqWeekly' ? (
        <FaqWeekly />
      ) : (
        <>
          <Text className="record-section__hint">
            {kind === 'filing' && status
              ? '按状态筛选（最近办理的排在最前）：'
              : '按状态筛选（最早提交的排在最前）：'}
          </Text>
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
          {pages.status === 'loading' && <PageState kind="loading" />}
          {pages.status === 'error' && (
            <PageState kind="error" text={pages.error.message} onRetry={() => load()} />
          )}
          {pages.status === 'done' && pages.items.length === 0 && (
            <PageState kind="empty" text="没有这个状态的事项" />
          )}
          {pages.status === 'done' &&
            pages.items.map((item) => (
              <QueueItem
                key={'claimId' in item ? item.claimId : item.filingId}
                item={item}
                onOpen={() =>
                  go('staffReview', { kind, id: 'claimId' in item ? item.claimId : item.filingId })
                }
              />
            ))}
          {pages.status === 'done' && pages.items.length > 0 && (
            <QueueMore
              shown={pages.items.length}
              more={pages.nextCursor ? pages.more : undefined}
              onMore={() => void loadMore()}
            />
          )}
        </>
      )}
    </View>
  )
}
