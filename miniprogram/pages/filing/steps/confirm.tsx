import { maskIdNumber } from '@shared/identity/id-number'
import {
  DIRECT_SETTLEMENT_AFTER_REGISTRATION,
  DIRECT_SETTLEMENT_AFTER_SUPPLEMENT,
  FILING_TYPE_LABELS,
  INSURANCE_TYPE_LABELS,
  RELATION_LABELS,
} from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import type { ExistingFiling } from '@shared/rules/filing-overlap'
import { validityPeriod } from '@shared/rules/filing-terms'
import { normaliseMobile } from '@shared/schemas/fields'
import { Text, View } from '@tarojs/components'
import ErrorBanner from '../../../components/error-banner'
import RecordRow from '../../../components/record-row'
import SourceLine from '../../../components/source-line'
import Tap from '../../../components/tap'
import { go } from '../../../services/navigate'
import type { StepProps } from './step-props'

const openFiling = (id: string) => go('filingDetail', { id })

/**
 * The confirmation card: what will be filed and every consequence, each with its clause; under it, what
 * became of the last 确认提交.
 */
export default function ConfirmStep({ form, outcome, refusal, resubmitChanged }: StepProps) {
  const { quote, checking, offline } = outcome
  return (
    <View className="wizard-step">
      {quote?.existing && quote.existing.length > 0 && (
        <ExistingFilings existing={quote.existing} onOpen={openFiling} />
      )}
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
            value={`${form.identity && form.relation === 'self' ? `${form.identity.name}（${form.identity.idNumberMasked}）` : `${form.insured.name}（${maskIdNumber(form.insured.idNumber)}）`}${
              form.relation && form.relation !== 'self' ? `，由${RELATION_LABELS[form.relation]}代办` : ''
            }`}
          />
          {form.relation && form.relation !== 'self' && (
            <RecordRow
              label="代办人"
              value={`${form.agent.name}（${normaliseMobile(form.agent.phone)}），参保人的${RELATION_LABELS[form.relation]}`}
            />
          )}
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
          <RecordRow
            label="直接结算"
            value={
              quote.effectiveOnSubmit
                ? DIRECT_SETTLEMENT_AFTER_REGISTRATION
                : DIRECT_SETTLEMENT_AFTER_SUPPLEMENT
            }
          />
          <Text className="confirm-card__heading">请了解以下事项</Text>
          {quote.notices.map((notice) => (
            <View key={notice.code} className="confirm-card__notice">
              <Text className="confirm-card__notice-text">{notice.text}</Text>
              <SourceLine source={notice.source} />
            </View>
          ))}
        </View>
      )}
      {refusal && (
        // Where the eyes are after tapping 确认提交: right above it, scrolled so both are on screen, until the next try.
        <View className="wizard__outcome" id="wizard-outcome">
          <ErrorBanner error={refusal} />
        </View>
      )}
      {refusal?.code === 'CONFLICT' && (
        <View className="wizard-actions wizard-actions--column">
          <Tap kind="secondary" onTap={() => go('filings')}>
            查看我的备案
          </Tap>
        </View>
      )}
      {refusal?.code === 'IDEMPOTENCY_KEY_REUSED' && (
        // An earlier submit (one that timed out, say) reached the server with other content.
        <View className="wizard-actions wizard-actions--column">
          <Tap kind="secondary" onTap={() => go('filings')}>
            查看已提交的备案
          </Tap>
          <Tap kind="secondary" onTap={resubmitChanged}>
            按修改后的内容重新提交
          </Tap>
        </View>
      )}
    </View>
  )
}

/** Filings the person already holds for the same weeks: identical (submit will refuse) or overlapping. */
function ExistingFilings({ existing, onOpen }: { existing: ExistingFiling[]; onOpen: (id: string) => void }) {
  const identical = existing[0].identical
  return (
    <View className="wizard-step__card wizard-step__card--warn" ariaRole="alert">
      <Text className="wizard-step__card-title">
        {identical ? '您已有一份相同的备案，无需重复办理' : '您已有有效期重叠的备案'}
      </Text>
      {existing.map((filing) => (
        <View key={filing.filingId} className="wizard-step__existing">
          <Text className="wizard-step__card-text">{filing.text}</Text>
          <Tap
            kind="secondary"
            label={`查看已有的备案：${filing.text}`}
            onTap={() => onOpen(filing.filingId)}
          >
            查看已有的备案
          </Tap>
        </View>
      ))}
      {!identical && (
        <Text className="wizard-step__card-text">
          只是换个就医地的，请在“我的备案”中变更原备案；确实需要两份备案的，可以继续提交。
        </Text>
      )}
    </View>
  )
}
