import type { RecordKind } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'
import type { ClaimView, FilingView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import EstimateCard from '../../../../components/estimate-card'
import PageState from '../../../../components/page-state'
import ClaimStatusChip from '../../../../components/status-chip/claim-status'
import FilingStatusChip from '../../../../components/status-chip/filing-status'
import Tap from '../../../../components/tap'
import Timeline from '../../../../components/timeline'
import { claimTimeline } from '../../../../components/timeline/claim-timeline'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { timelineOf } from '../../../../pages/filings/detail/history'
import { call } from '../../../../services/api'
import { go, pageQuery } from '../../../../services/navigate'
import StaffOnly, { useStaffRole } from '../../staff-only'
import DecisionPanel from './decision-panel'
import RecordSummary from './record-summary'
import './index.scss'

type Loaded =
  | { status: 'loading' }
  | { status: 'done'; item: ClaimView | FilingView }
  | { status: 'error'; error: AppError }

/** One claim or supplemented filing for staff: the facts, every document, the history and the decisions. */
export default function StaffReview() {
  const scale = useFontScale()
  const query = useMemo(pageQuery, [])
  const kind: RecordKind = query.kind === 'filing' ? 'filing' : 'claim'
  const id = query.id ?? ''
  const { role, retry } = useStaffRole()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [decided, setDecided] = useState<string>()
  const load = () => {
    setDecided(undefined)
    setLoaded({ status: 'loading' })
    const reply = kind === 'claim' ? call('claim.get', { claimId: id }) : call('filing.get', { filingId: id })
    void reply.then((answer) =>
      setLoaded(answer.ok ? { status: 'done', item: answer.data } : { status: 'error', error: answer.error }),
    )
  }
  useDidShow(load)

  const page = (body: JSX.Element) => (
    <View className="record" style={scale}>
      {body}
    </View>
  )
  if (role === 'not_staff') return page(<StaffOnly />)
  if (typeof role === 'object') return page(<PageState kind="error" text={role.message} onRetry={retry} />)
  if (role === 'checking' || loaded.status === 'loading') return page(<PageState kind="loading" />)
  if (loaded.status === 'error')
    return page(<PageState kind="error" text={loaded.error.message} onRetry={load} />)
  const item = loaded.item
  return page(
    <>
      <View className="record-head">
        <Text className="record-head__title">{kind === 'claim' ? '报销申请审核' : '备案补充材料审核'}</Text>
        {'claimId' in item ? (
          <ClaimStatusChip status={item.status} />
        ) : (
          <FilingStatusChip status={item.status} />
        )}
      </View>
      {decided && (
        <View className="record-section" ariaRole="status">
          <Text className="record-section__text">{decided}</Text>
        </View>
      )}
      <DecisionPanel
        key={item.version}
        kind={kind}
        item={item}
        onDecided={(next, choice) => {
          setLoaded({ status: 'done', item: next })
          setDecided(`“${choice.label}”已完成，申请人会在“消息”里看到。`)
        }}
        onReload={load}
      />
      <RecordSummary item={item} />
      {'claimId' in item && <EstimateCard estimate={item.estimate} />}
      <View className="record-section">
        <Text className="record-section__title">办理记录</Text>
        <Timeline entries={'claimId' in item ? claimTimeline(item.history) : timelineOf(item.history)} />
      </View>
      {!('claimId' in item) && (
        <Tap kind="secondary" onTap={() => go('staffForm', { id: item.filingId })}>
          打印异地备案表
        </Tap>
      )}
    </>,
  )
}
