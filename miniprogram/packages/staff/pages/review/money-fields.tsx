import type { ClaimView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { View } from '@tarojs/components'
import DateField from '../../../../components/date-field'
import { draftFields } from '../../../../components/draft-field'
import TextField from '../../../../components/text-field'

/** What a reviewer types for an approval or a payment, as text until sent. */
export interface MoneyInput {
  approvedAmount: string
  paidAmount: string
  paidAt: string
  reference: string
}

/** Prefilled with what the record already says: the estimate to approve, the approved amount to pay, today. */
export const initialMoney = (claim: ClaimView): MoneyInput => ({
  approvedAmount: claim.estimate.fundPays.toFixed(2),
  paidAmount: claim.approval ? claim.approval.approvedAmount.toFixed(2) : '',
  paidAt: todayInShanghai(new Date()),
  reference: '',
})

const number = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()))

/** The decision's money fields, for the event (the schema checks them and names the one at fault). */
export const moneyFields = (decision: string, input: MoneyInput) =>
  decision === 'approve'
    ? { approvedAmount: number(input.approvedAmount) }
    : decision === 'mark_paid'
      ? {
          paidAmount: number(input.paidAmount),
          paidAt: input.paidAt || undefined,
          ...(input.reference.trim() ? { reference: input.reference.trim() } : {}),
        }
      : {}

interface Props {
  claim: ClaimView
  input: MoneyInput
  onChange: (input: MoneyInput) => void
  errors: Record<string, string>
}

/** 核定金额 before approval; 支付金额, 日期 and 流水号 once approved. */
export default function MoneyFields({ claim, input, onChange, errors }: Props) {
  const field = draftFields(input, (patch) => onChange({ ...input, ...patch }), errors)
  if (claim.status === 'approved')
    return (
      <View>
        <TextField
          label="实际支付金额（元）"
          type="digit"
          hint={`核定金额 ${claim.approval?.approvedAmount.toFixed(2) ?? '—'} 元`}
          {...field('paidAmount')}
        />
        <DateField label="支付日期" max={todayInShanghai(new Date())} {...field('paidAt')} />
        <TextField label="支付流水号" maxlength={64} {...field('reference')} />
      </View>
    )
  if (claim.status !== 'submitted' && claim.status !== 'in_review') return null
  return (
    <TextField
      label="核定医保支付金额（元）"
      type="digit"
      hint={`申请 ${claim.totalCost.toFixed(2)} 元，估算医保支付 ${claim.estimate.fundPays.toFixed(2)} 元；与估算不同时请在审核意见写明原因`}
      {...field('approvedAmount')}
    />
  )
}
