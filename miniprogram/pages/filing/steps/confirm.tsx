import { maskIdNumber } from '@shared/identity/id-number'
import {
  DIRECT_SETTLEMENT_AFTER_REGISTRATION,
  FILING_TYPE_LABELS,
  INSURANCE_TYPE_LABELS,
  RELATION_LABELS,
} from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import type { AppError } from '@shared/result'
import { validityPeriod } from '@shared/rules/filing-terms'
import type { FilingQuote } from '@shared/rules/quote.types'
import { Text, View } from '@tarojs/components'
import ErrorBanner from '../../../components/error-banner'
import RecordRow from '../../../components/record-row'
import SourceLine from '../../../components/source-line'
import type { FormDraft } from '../form-draft'

interface Props {
  form: FormDraft
  /** The server's quote, or the device's (same core) while the network is away. */
  quote?: FilingQuote
  checking: boolean
  offline: boolean
  refusal?: AppError
}

/** The confirmation card: what will be filed and every consequence, each with its clause. */
export default function ConfirmStep({ form, quote, checking, offline, refusal }: Props) {
  return (
    <View className="wizard-step">
      {refusal && <ErrorBanner error={refusal} />}
      {checking && !quote && <Text className="wizard-step__note">正在按参保地规定核对…</Text>}
      {offline && (
        <Text className="wizard-step__note">
          网络不畅：以下按同一规则在本机计算，提交时服务器会再次核对。
        </Text>
      )}
      {quote && (
        <View className="confirm-card">
          <RecordRow label="备案类型" value={FILING_TYPE_LABELS[quote.filingType]} />
          <RecordRow
            label="参保人"
            value={`${form.insured.name}（${maskIdNumber(form.insured.idNumber)}）${
              form.relation && form.relation !== 'self' ? `，由${RELATION_LABELS[form.relation]}代办` : ''
            }`}
          />
          <RecordRow
            label="参保地"
            value={`${regionLabel(form.insuredRegion ?? '') ?? ''}，${form.insuranceType ? INSURANCE_TYPE_LABELS[form.insuranceType] : ''}`}
          />
          <RecordRow label="就医地" value={regionLabel(form.destination ?? '') ?? ''} />
          <RecordRow
            label="备案到"
            value={`${quote.target.name}（${quote.target.level === 'province' ? '省级' : '市级'}）`}
          />
          <RecordRow label="有效期" value={validityPeriod(quote)} />
          <RecordRow
            label="提交后"
            value={
              quote.effectiveOnSubmit
                ? '立即生效'
                : `待补充材料，补充后生效（${quote.supplementDeadline} 前）`
            }
          />
          <RecordRow label="直接结算" value={DIRECT_SETTLEMENT_AFTER_REGISTRATION} />
          <Text className="confirm-card__heading">请了解以下事项</Text>
          {quote.notices.map((notice) => (
            <View key={notice.code} className="confirm-card__notice">
              <Text className="confirm-card__notice-text">{notice.text}</Text>
              <SourceLine source={notice.source} />
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
