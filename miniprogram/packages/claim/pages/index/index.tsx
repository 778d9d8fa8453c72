import { CARE_TYPE_LABELS } from '@shared/policy/vocabulary'
import { View } from '@tarojs/components'
import RecordCard from '../../../../components/record-card'
import RecordList from '../../../../components/record-list'
import ClaimStatusChip from '../../../../components/status-chip/claim-status'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { useShown } from '../../../../hooks/use-shown'
import { go } from '../../../../services/navigate'
import './index.scss'

/** 我的报销: every claim of the caller, newest first, with its status in words. */
export default function MyClaims() {
  const scale = useFontScale()
  const { state, load } = useShown('claim.list', {})

  return (
    <View className="record" style={scale}>
      <RecordList
        state={state}
        onRetry={load}
        empty="您还没有申请过手工报销"
        start={{
          first: '申请手工报销',
          another: '申请新的报销',
          kind: 'primary',
          onTap: () => go('claimNew'),
        }}
      >
        {(claim) => (
          <RecordCard
            key={claim.claimId}
            title={`${CARE_TYPE_LABELS[claim.careType]}报销`}
            chip={<ClaimStatusChip status={claim.status} />}
            lines={[
              `${claim.insured.name} · ${claim.hospital.name}`,
              `${claim.admissionDate} · 费用 ${claim.totalCost} 元`,
            ]}
            due={claim.status === 'need_more' ? '需要补充材料，请打开查看' : undefined}
            onTap={() => go('claimDetail', { id: claim.claimId })}
          />
        )}
      </RecordList>
    </View>
  )
}
