import { formatYuan } from './claim-amounts'

const differs = (a: number, b: number) => Math.abs(Math.round(a * 100) - Math.round(b * 100)) >= 1

/**
 * An approved or paid figure other than the one before it (the estimate, the approval) is explained to the
 * person: the reason goes in the reviewer's note. Returns the refusal, or undefined when nothing is missing.
 */
export const unexplainedDifference = (
  step: 'approve' | 'mark_paid',
  expected: number,
  amount: number,
  note?: string,
): string | undefined => {
  if (!differs(amount, expected) || (note ?? '').trim()) return undefined
  return step === 'approve'
    ? `核定金额 ${formatYuan(amount)} 元与估算的 ${formatYuan(expected)} 元不同，请在审核意见里写明原因（如扣除的自费项目），申请人会看到`
    : `实际支付 ${formatYuan(amount)} 元与核定的 ${formatYuan(expected)} 元不同，请在审核意见里写明原因`
}
