import { MATERIAL_LABELS } from '@shared/policy/materials'
import { FILING_TYPE_LABELS, INSURANCE_TYPE_LABELS, REVIEW_STATE_LABELS } from '@shared/policy/vocabulary'
import type { FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import SourceLine from '../../../components/source-line'
import FilingStatusChip from '../../../components/status-chip/filing-status'
import Tap from '../../../components/tap'
import Timeline from '../../../components/timeline'
import { useFontScale } from '../../../hooks/use-font-scale'
import { go, pageQuery } from '../../../services/navigate'
import AlterSection from './alter-section'
import CoverageSection from './coverage-section'
import { timelineOf } from './history'
import SupplementSection from './supplement-section'
import { useRegistrationRefresh } from './use-registration-refresh'
import './index.scss'
import { validityPeriod } from '@shared/rules/filing-terms'
import { TRAUMA_COMMITMENT_NOTICE } from '@shared/rules/notices'
import CallStateView from '../../../components/page-state/call-state'
import RecordRow from '../../../components/record-row'
import RegistrationStatusView from '../../../components/registration-status'
import { useShown } from '../../../hooks/use-shown'

/** One filing: where it goes, how long, what it means, what happened; supplement, change, cancel. */
export default function FilingDetail() {
  const scale = useFontScale()
  const today = useMemo(() => todayInShanghai(new Date()), [])
  const filingId = pageQuery().id ?? ''
  const { state, load, setState } = useShown('filing.get', { filingId })
  const update = (next: FilingView) => setState({ status: 'done', data: next })
  useRegistrationRefresh(state.status === 'done' ? state.data : undefined, update)

  if (state.status !== 'done')
    return (
      <View className="record" style={scale}>
        <CallStateView state={state} onRetry={load} />
      </View>
    )
  const filing = state.data
  const active = filing.status === 'effective' || filing.status === 'pending_supplement'
  return (
    <View className="record" style={scale}>
      <View className="record-head">
        <Text className="record-head__title">{FILING_TYPE_LABELS[filing.filingType]}</Text>
        <FilingStatusChip status={filing.status} />
      </View>
      <View className="record-section">
        <RecordRow label="参保人" value={`${filing.insured.name}（${filing.insured.idNumberMasked}）`} />
        <RecordRow
          label="参保地"
          value={`${filing.insuredRegion.name}，${INSURANCE_TYPE_LABELS[filing.insuranceType]}`}
        />
        <RecordRow label="就医地" value={filing.destination.name} />
        <RecordRow
          label="备案到"
          value={`${filing.target.name}（${filing.target.level === 'province' ? '省级' : '市级'}）`}
        />
        <RecordRow label="有效期" value={validityPeriod(filing)} />
        {filing.review !== 'none' && (
          <RecordRow label="补充材料审核" value={REVIEW_STATE_LABELS[filing.review]} />
        )}
      </View>
      {filing.status !== 'cancelled' && (
        <Tap
          kind="primary"
          className="record-certificate"
          onTap={() => go('filingCertificate', { id: filing.filingId })}
        >
          出示备案凭证（就医时给医院看）
        </Tap>
      )}
      <RegistrationStatusView filing={filing} />
      <AlterSection filing={filing} today={today} onChanged={update} />
      {active && filing.outstandingMaterials.length > 0 && (
        <SupplementSection filing={filing} onChanged={update} />
      )}
      <View className="record-section">
        <Text className="record-section__title">已交材料</Text>
        {filing.materials.length === 0 ? (
          <Text className="record-section__text">
            {filing.outstandingMaterials.length > 0
              ? '还没有交材料：在上面上传后，点“提交补充材料”才算交上'
              : '没有上传材料（以承诺书代替）'}
          </Text>
        ) : (
          filing.materials.map((material, index) => (
            <Text key={material.fileID} className="record-section__text">
              {index + 1}. {MATERIAL_LABELS[material.kind]}
            </Text>
          ))
        )}
      </View>
      <View className="record-section">
        <Text className="record-section__title">请了解以下事项</Text>
        {filing.notices.map((notice) => (
          <View key={notice.code} className="record-line">
            <Text className="record-line__text">{notice.text}</Text>
            <SourceLine source={notice.source} />
            {notice.code === TRAUMA_COMMITMENT_NOTICE && (
              <Tap kind="secondary" onTap={() => go('traumaCommitment')}>
                填写外伤无第三方责任承诺书
              </Tap>
            )}
          </View>
        ))}
      </View>
      {active && <CoverageSection filing={filing} today={today} />}
      <View className="record-section">
        <Text className="record-section__title">办理记录</Text>
        <Timeline entries={timelineOf(filing.history)} />
      </View>
      <View className="record-actions">
        <Tap kind="secondary" onTap={() => go('claimNew', { filingId: filing.filingId })}>
          申请手工报销
        </Tap>
      </View>
    </View>
  )
}
