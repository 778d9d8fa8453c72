import { FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { validityPeriod } from '@shared/rules/filing-terms'
import { View } from '@tarojs/components'
import RecordCard from '../../components/record-card'
import RecordList from '../../components/record-list'
import FilingStatusChip from '../../components/status-chip/filing-status'
import { useFontScale } from '../../hooks/use-font-scale'
import { useShown } from '../../hooks/use-shown'
import { go } from '../../services/navigate'
import './index.scss'

/** 我的备案: every filing of the caller, newest first, with its status in words. */
export default function MyFilings() {
  const scale = useFontScale()
  const { state, load } = useShown('filing.list', {})

  return (
    <View className="record" style={scale}>
      <RecordList
        state={state}
        onRetry={load}
        empty="您还没有办理过异地就医备案"
        start={{ first: '去办理备案', another: '办理新的备案', kind: 'plain', onTap: () => go('filing') }}
      >
        {(filing) => (
          <RecordCard
            key={filing.filingId}
            className="filing-card"
            title={FILING_TYPE_LABELS[filing.filingType]}
            label={`${FILING_TYPE_LABELS[filing.filingType]}，备案到${filing.target.name}`}
            chip={<FilingStatusChip status={filing.status} />}
            lines={[`${filing.insured.name} · 备案到${filing.target.name}`, validityPeriod(filing)]}
            due={
              filing.status === 'pending_supplement' && filing.supplementDeadline
                ? `请在 ${filing.supplementDeadline} 前补充材料`
                : undefined
            }
            onTap={() => go('filingDetail', { id: filing.filingId })}
          />
        )}
      </RecordList>
    </View>
  )
}
