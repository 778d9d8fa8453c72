import { FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import PageState from '../../components/page-state'
import FilingStatusChip from '../../components/status-chip/filing-status'
import Tap from '../../components/tap'
import { useFontScale } from '../../hooks/use-font-scale'
import { go } from '../../services/navigate'
import './index.scss'
import { validityPeriod } from '@shared/rules/filing-terms'
import CallStateView from '../../components/page-state/call-state'
import { useShown } from '../../hooks/use-shown'

/** 我的备案: every filing of the caller, newest first, with its status in words. */
export default function MyFilings() {
  const scale = useFontScale()
  const { state, load } = useShown('filing.list', {})

  return (
    <View className="record" style={scale}>
      <CallStateView state={state} onRetry={load} />
      {state.status === 'done' && state.data.items.length === 0 && (
        <PageState
          kind="empty"
          text="您还没有办理过异地就医备案"
          action={{ label: '去办理备案', onTap: () => go('filing') }}
        />
      )}
      {state.status === 'done' &&
        state.data.items.map((filing) => (
          <Tap
            key={filing.filingId}
            kind="secondary"
            className="record-card filing-card"
            label={`${FILING_TYPE_LABELS[filing.filingType]}，备案到${filing.target.name}`}
            onTap={() => go('filingDetail', { id: filing.filingId })}
          >
            <View className="record-card__head">
              <Text className="record-card__title">{FILING_TYPE_LABELS[filing.filingType]}</Text>
              <FilingStatusChip status={filing.status} />
            </View>
            <Text className="record-card__line">
              {filing.insured.name} · 备案到{filing.target.name}
            </Text>
            <Text className="record-card__line">{validityPeriod(filing)}</Text>
            {filing.status === 'pending_supplement' && filing.supplementDeadline && (
              <Text className="filing-card__due">请在 {filing.supplementDeadline} 前补充材料</Text>
            )}
          </Tap>
        ))}
      {state.status === 'done' && state.data.items.length > 0 && (
        <Tap kind="plain" onTap={() => go('filing')}>
          办理新的备案
        </Tap>
      )}
    </View>
  )
}
