import { CARE_TYPE_LABELS } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import PageState from '../../../../components/page-state'
import ClaimStatusChip from '../../../../components/status-chip/claim-status'
import Tap from '../../../../components/tap'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { go } from '../../../../services/navigate'
import './index.scss'
import CallStateView from '../../../../components/page-state/call-state'
import { useShown } from '../../../../hooks/use-shown'

/** 我的报销: every claim of the caller, newest first, with its status in words. */
export default function MyClaims() {
  const scale = useFontScale()
  const { state, load } = useShown('claim.list', {})

  return (
    <View className="record" style={scale}>
      <CallStateView state={state} onRetry={load} />
      {state.status === 'done' && state.data.items.length === 0 && (
        <PageState
          kind="empty"
          text="您还没有申请过手工报销"
          action={{ label: '申请手工报销', onTap: () => go('claimNew') }}
        />
      )}
      {state.status === 'done' &&
        state.data.items.map((claim) => (
          <Tap
            key={claim.claimId}
            kind="secondary"
            className="record-card"
            onTap={() => go('claimDetail', { id: claim.claimId })}
          >
            <View className="record-card__head">
              <Text className="record-card__title">{CARE_TYPE_LABELS[claim.careType]}报销</Text>
              <ClaimStatusChip status={claim.status} />
            </View>
            <Text className="record-card__line">
              {claim.insured.name} · {claim.hospital.name}
            </Text>
            <Text className="record-card__line">
              {claim.admissionDate} · 费用 {claim.totalCost} 元
            </Text>
            {claim.status === 'need_more' && <Text className="claims__due">需要补充材料，请打开查看</Text>}
          </Tap>
        ))}
      {state.status === 'done' && state.data.items.length > 0 && (
        <Tap kind="primary" onTap={() => go('claimNew')}>
          申请新的报销
        </Tap>
      )}
    </View>
  )
}
