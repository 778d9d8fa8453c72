import { EXAMPLE_SOURCE } from '../policy/sources'
import { CARE_TYPE_LABELS, type CareType } from '../policy/vocabulary'
import type { Source } from '../result'

/**
 * How much one claim of each kind of care may plausibly ask: above `max` it is refused as a typing slip, above
 * `usual` staff see it flagged. No notice gives these numbers, so they ship as example values an agency replaces.
 */
export const CLAIM_AMOUNT_BOUNDS: Record<CareType, { usual: number; max: number; source: Source }> = {
  outpatient: { usual: 5_000, max: 50_000, source: EXAMPLE_SOURCE },
  emergency: { usual: 30_000, max: 300_000, source: EXAMPLE_SOURCE },
  inpatient: { usual: 150_000, max: 2_000_000, source: EXAMPLE_SOURCE },
}

/** A stay over this many days, or treatment this long ago, is flagged for staff to look at (example values). */
export const CLAIM_DATE_FLAGS = { longStayDays: 180, oldTreatmentDays: 365, source: EXAMPLE_SOURCE }

const hasAtMostTwoDecimals = (amount: number) => Math.abs(Math.round(amount * 100) - amount * 100) < 1e-6

/** Yuan with two decimals, as money is written on an invoice: 1234.5 → "1234.50". */
export const formatYuan = (amount: number) => amount.toFixed(2)

/** What is wrong with an amount in yuan: not positive, finer than a fen, or beyond what a claim can be. */
export const yuanProblem = (label: string, amount: number, max: number): string | undefined => {
  if (!Number.isFinite(amount)) return `${label}须为数字`
  if (amount <= 0) return `${label}须大于 0 元`
  if (!hasAtMostTwoDecimals(amount)) return `${label}最多保留两位小数（到分）`
  if (amount > max) return `${label}不能超过 ${max} 元，请核对金额`
  return undefined
}

/** The claimed total for one kind of care: positive, to the fen, within the kind's bound. */
export const claimAmountProblem = (careType: CareType, amount: number): string | undefined => {
  const bound = CLAIM_AMOUNT_BOUNDS[careType].max
  const problem = yuanProblem('医疗费用总额', amount, bound)
  return problem && amount > bound
    ? `一次${CARE_TYPE_LABELS[careType]}的医疗费用总额不超过 ${bound} 元，请核对金额（是否多输了位数）`
    : problem
}
