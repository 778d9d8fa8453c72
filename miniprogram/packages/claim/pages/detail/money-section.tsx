import { PAYEE_KIND_LABELS } from '@shared/policy/payee'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import RecordRow from '../../../../components/record-row'
import SourceLine from '../../../../components/source-line'

const yuan = (amount: number) => `${amount.toFixed(2)} 元`

/**
 * The money as it stands: what was asked, estimated, approved and paid, why approval differs from the estimate
 * (the reviewer's reason), and where it goes (the account, masked).
 */
export default function MoneySection({ claim }: { claim: ClaimView }) {
  const { approval, payment, payee } = claim
  const differs = approval && Math.abs(approval.approvedAmount - claim.estimate.fundPays) >= 0.01
  return (
    <View className="record-section" ariaRole="region" ariaLabel="报销金额">
      <Text className="record-section__title">报销金额</Text>
      <RecordRow label="申请金额" value={yuan(claim.totalCost)} />
      <RecordRow label="估算医保支付" value={`${yuan(claim.estimate.fundPays)}（估算，不是审核结果）`} />
      {approval && <RecordRow label="核定医保支付" value={yuan(approval.approvedAmount)} />}
      {differs && (
        <Text className="record-section__text">
          核定金额比估算{approval.approvedAmount < claim.estimate.fundPays ? '少' : '多'}{' '}
          {yuan(Math.abs(approval.approvedAmount - claim.estimate.fundPays))}
          {approval.note ? `，原因：${approval.note}` : ''}
        </Text>
      )}
      {payment && (
        <>
          <RecordRow label="实际支付" value={`${yuan(payment.paidAmount)}（${payment.paidAt}）`} />
          <RecordRow label="支付流水号" value={payment.reference} />
          {payment.note && <Text className="record-section__text">支付说明：{payment.note}</Text>}
        </>
      )}
      <RecordRow
        label="收款账户"
        value={
          payee
            ? `${PAYEE_KIND_LABELS[payee.kind]}，${payee.bankName} ${payee.accountMasked}（${payee.holder}）`
            : '尚未填写'
        }
      />
      {claim.notices.map((notice) => (
        <View key={notice.code} className="record-section__text">
          <Text>{notice.text}</Text>
          <SourceLine source={notice.source} />
        </View>
      ))}
    </View>
  )
}
