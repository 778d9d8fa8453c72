import { MATERIAL_LABELS } from '@shared/policy/materials'
import { CARE_TYPE_LABELS, HOSPITAL_LEVEL_LABELS, INSURANCE_TYPE_LABELS } from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import { CLAIM_TRANSITIONS, isClaimEditable } from '@shared/rules/claim-status'
import { invoiceWords } from '@shared/schemas/invoice-check.schema'
import { lineNoteWords } from '@shared/schemas/line-notes.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import EstimateCard from '../../../../components/estimate-card'
import ClaimStatusChip from '../../../../components/status-chip/claim-status'
import Tap from '../../../../components/tap'
import Timeline from '../../../../components/timeline'
import { claimTimeline } from '../../../../components/timeline/claim-timeline'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { go, pageQuery } from '../../../../services/navigate'
import AnswerSection from './answer-section'
import MoneySection from './money-section'
import WithdrawSection from './withdraw-section'
import './index.scss'
import CallStateView from '../../../../components/page-state/call-state'
import RecordRow from '../../../../components/record-row'
import { useShown } from '../../../../hooks/use-shown'

/** One claim: what was asked, where it stands, every step with the reviewer's notes; answer 需补充, withdraw. */
export default function ClaimDetail() {
  const scale = useFontScale()
  const claimId = pageQuery().id ?? ''
  const { state, load, setState } = useShown('claim.get', { claimId })
  const update = (next: ClaimView) => setState({ status: 'done', data: next })

  if (state.status !== 'done')
    return (
      <View className="record" style={scale}>
        <CallStateView state={state} onRetry={load} />
      </View>
    )
  const claim = state.data
  const lastNote = [...claim.history].reverse().find((entry) => entry.by === 'staff' && entry.note)
  const hospitalPlace = regionLabel(claim.hospital.regionCode) ?? claim.hospital.regionCode
  const materialRemarks = Object.fromEntries(
    claim.lineNotes.flatMap((note) =>
      note.target.kind === 'material' ? [[note.target.fileID, lineNoteWords(note)]] : [],
    ),
  )
  const estimateRemarks = Object.fromEntries(
    claim.lineNotes.flatMap((note) =>
      note.target.kind === 'estimate' ? [[note.target.index, lineNoteWords(note)]] : [],
    ),
  )
  return (
    <View className="record" style={scale}>
      <View className="record-head">
        <Text className="record-head__title">{CARE_TYPE_LABELS[claim.careType]}报销</Text>
        <ClaimStatusChip status={claim.status} />
      </View>
      {lastNote && (claim.status === 'need_more' || claim.status === 'rejected') && (
        <View className="record-section" ariaRole="status">
          <Text className="record-section__title">经办人员意见</Text>
          <Text className="record-note">{lastNote.note}</Text>
        </View>
      )}
      {isClaimEditable(claim.status) && <AnswerSection claim={claim} onChanged={update} />}
      <MoneySection claim={claim} />
      <View className="record-section">
        <Text className="record-section__title">办理进度</Text>
        <Timeline entries={claimTimeline(claim.history)} />
      </View>
      <View className="record-section">
        <Text className="record-section__title">申请信息</Text>
        <RecordRow label="参保人" value={`${claim.insured.name}（${claim.insured.idNumberMasked}）`} />
        <RecordRow
          label="参保地"
          value={`${claim.insuredRegion.name}，${INSURANCE_TYPE_LABELS[claim.insuranceType]}`}
        />
        <RecordRow
          label="医院"
          value={`${claim.hospital.name}（${hospitalPlace}${claim.hospital.level ? `，${HOSPITAL_LEVEL_LABELS[claim.hospital.level]}` : ''}${claim.hospital.listed === false ? '，未在定点医院名单中，未核验' : ''}）`}
        />
        <RecordRow
          label={claim.dischargeDate ? '住院日期' : '就诊日期'}
          value={
            claim.dischargeDate ? `${claim.admissionDate} 至 ${claim.dischargeDate}` : claim.admissionDate
          }
        />
        <RecordRow label="医疗费用总额" value={`${claim.totalCost.toFixed(2)} 元`} />
        {claim.invoices.map((invoice, index) => (
          <RecordRow key={invoiceWords(invoice)} label={`票据 ${index + 1}`} value={invoiceWords(invoice)} />
        ))}
        <RecordRow label="备案" value={claim.filingId ? '已办理异地就医备案' : '未关联备案'} />
      </View>
      <View className="record-section">
        <Text className="record-section__title">已交材料</Text>
        {claim.materials.length === 0 ? (
          <Text className="record-section__text">还没有上传材料</Text>
        ) : (
          claim.materials.map((material, index) => {
            const remark = materialRemarks[material.fileID]
            return (
              <View key={material.fileID}>
                <Text className="record-section__text">
                  {index + 1}. {MATERIAL_LABELS[material.kind]}
                </Text>
                {remark && <Text className="claim-remark">审核意见：{remark}</Text>}
              </View>
            )
          })
        )}
      </View>
      {(!claim.approval || Object.keys(estimateRemarks).length > 0) && (
        <EstimateCard estimate={claim.estimate} remarks={estimateRemarks} />
      )}
      <View className="record-actions">
        {CLAIM_TRANSITIONS.withdraw.from.includes(claim.status) && (
          <WithdrawSection claim={claim} onChanged={update} />
        )}
        <Tap kind="plain" onTap={() => go('claims')}>
          查看我的全部报销
        </Tap>
      </View>
    </View>
  )
}
