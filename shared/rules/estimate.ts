import { NATIONAL_PROFILE, profileFor } from '../policy/profiles'
import { citedAs, EXAMPLE_SOURCE, source } from '../policy/sources'
import {
  CARE_TYPE_LABELS,
  type CareType,
  FILING_TYPE_LABELS,
  type FilingType,
  HOSPITAL_LEVEL_LABELS,
  type HospitalLevel,
  INSURANCE_TYPE_LABELS,
  type InsuranceType,
} from '../policy/vocabulary'
import type { Source } from '../result'

/** The facts an estimate needs (the claim function's `estimate` event, or a claim being created). */
export interface EstimateInput {
  insuredRegion: string
  insuranceType: InsuranceType
  careType: CareType
  filed: boolean
  filingType?: FilingType
  hospitalLevel?: HospitalLevel
  totalCost: number
  eligibleCost?: number
  /** The verified e-invoices' total (rules/verified-invoices), estimated in place of the typed total. */
  invoiced?: { amount: number; count: number }
}

export interface EstimateLine {
  text: string
  source: Source
}

export interface Estimate {
  profile: string
  hospitalLevel: HospitalLevel
  eligibleCost: number
  deductible: number
  ratio: number
  /** Points the ratio is lowered by (a percent cut: the points it comes to, rounded). */
  reductionPoints: number
  /** The reduction in the words of its rule: 报销比例最多降低 10 个百分点, 报销比例下降 10%. */
  reduction?: string
  /** What the reduction costs the person, in yuan. */
  reductionYuan: number
  cap: number
  fundPays: number
  selfPays: number
  lines: EstimateLine[]
  illustrative: boolean
  /** Where the cost estimated comes from: the person's figure, or the e-invoices the verification service confirmed. */
  costFrom?: 'typed' | 'verified_invoices'
}

/** A rule of this service: a confirmed e-invoice's amount is the issuer's record, so the estimate uses it. */
const VERIFIED_INVOICE_AMOUNT = source('service', '电子票据查验金额')

const DEFAULT_LEVEL = 2
const cents = (yuan: number) => Math.round(yuan * 100)
const yuan = (amountInCents: number) => amountInCents / 100
const money = (amountInCents: number) => (amountInCents / 100).toFixed(2)
const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`

type ReductionRow = {
  value: number
  unit?: 'points' | 'percent'
  source: Source
  illustrative?: boolean
  ceiling?: boolean
  remark?: { text: string; source: Source }
}

/** The ratio after the reduction: points off it, or (赣 三(二) “下降 10%”) a percent of it. */
const reducedRatio = (base: number, row: ReductionRow) => {
  const cut = row.unit === 'percent' ? base * (row.value / 100) : row.value / 100
  return Math.max(0, Math.min(1, Math.round((base - cut) * 10000) / 10000))
}

/** The reduction as the rule words it; a ceiling (不超过) is estimated at its most, and said to be. */
const reductionWords = (row: ReductionRow) =>
  row.unit === 'percent'
    ? `报销比例在原比例基础上下降 ${row.value}%`
    : `报销比例${row.ceiling ? '最多' : ''}降低 ${row.value} 个百分点`

/**
 * Which reduction applies: the filing type's, or the unfiled one. An unfiled emergency counts as filed where the
 * profile says so; that rule and the emergency type's reduction come from different clauses, so each is cited.
 */
const reductionFor = (input: EstimateInput) => {
  const profile = profileFor(input.insuredRegion)
  const reimbursement = profile.reimbursement
  const typeReduction = (type: FilingType): ReductionRow =>
    (profile.types[type] ?? NATIONAL_PROFILE.types[type])!.ratioReductionPoints
  if (input.filed) {
    const type = input.filingType ?? 'temporary'
    const row = typeReduction(type)
    return { row, why: `按${FILING_TYPE_LABELS[type]}备案` }
  }
  if (input.careType === 'emergency' && reimbursement.unfiledEmergencyExempt.value) {
    const exempt = reimbursement.unfiledEmergencyExempt
    return {
      row: typeReduction('emergency'),
      why: `按${FILING_TYPE_LABELS.emergency}待遇`,
      countsAsFiled: {
        // 济宁 五(一) counts it as filed, 赣州 三(二) exempts 异地急诊: both mean no reduction for not filing.
        text: '急诊抢救未备案的，不因未备案下调支付比例',
        source: citedAs(exempt),
        illustrative: exempt.illustrative,
      },
    }
  }
  const unfiled = reimbursement.unfiledReduction
  const row: ReductionRow = { ...unfiled, value: unfiled.value.amount, unit: unfiled.value.unit }
  return { row, why: '未办理异地就医备案' }
}

/** What the fund would pay, step by step; amounts are computed in cents so fund + self equals the total exactly. */
export const estimateReimbursement = (input: EstimateInput): Estimate => {
  const profile = profileFor(input.insuredRegion)
  const table = profile.reimbursement
  const level = input.hospitalLevel ?? DEFAULT_LEVEL
  const totalCents = cents(input.invoiced?.amount ?? input.totalCost)
  const eligibleCents = Math.min(cents(input.eligibleCost ?? input.totalCost), totalCents)
  const deductible =
    input.careType === 'inpatient'
      ? table.inpatientDeductible.value[input.insuranceType][level]
      : table.outpatientDeductible.value[input.insuranceType]
  const deductibleRow =
    input.careType === 'inpatient' ? table.inpatientDeductible : table.outpatientDeductible
  const base = table.baseRatio.value[input.insuranceType][level]
  const reduction = reductionFor(input)
  const ratio = reducedRatio(base, reduction.row)
  const points = reduction.row.value > 0 ? Math.round((base - ratio) * 100) : 0
  const reduced = reduction.row.value > 0
  const cap = table.cap.value[input.insuranceType]
  const aboveDeductible = Math.max(eligibleCents - cents(deductible), 0)
  const uncapped = Math.round(aboveDeductible * ratio)
  const fundCents = Math.min(uncapped, cents(cap))
  // What not filing (or the type's own reduction) costs the person, in yuan rather than points.
  const reductionCents = Math.min(Math.round(aboveDeductible * base), cents(cap)) - fundCents

  const kind = `${INSURANCE_TYPE_LABELS[input.insuranceType]}·${HOSPITAL_LEVEL_LABELS[level]}医院·${CARE_TYPE_LABELS[input.careType]}`
  const lines: EstimateLine[] = [
    ...(input.invoiced ? [invoicedLine(input.invoiced, input.totalCost)] : []),
    {
      text:
        input.eligibleCost === undefined
          ? `按发票总额 ${money(eligibleCents)} 元估算；其中自费药品、材料等医保不报销的部分，审核时会扣除，实际报销可能更少`
          : `医保范围内费用 ${money(eligibleCents)} 元`,
      source: profile.citations.catalogue,
    },
    { text: `起付线 ${deductible} 元：这部分由您自己付（${kind}）`, source: deductibleRow.source },
    {
      text: `报销比例 ${percent(base)}${input.hospitalLevel ? '' : '（没有选医院级别，按二级医院估算）'}`,
      source: table.baseRatio.source,
    },
    ...(reduction.countsAsFiled
      ? [{ text: reduction.countsAsFiled.text, source: reduction.countsAsFiled.source }]
      : []),
    {
      text: reduced
        ? `${reduction.why}，${reductionWords(reduction.row)}（${reduction.row.ceiling ? '按最多降低估算，' : ''}按 ${percent(ratio)} 计算），少报 ${money(reductionCents)} 元`
        : `${reduction.why}，报销比例不降低`,
      source: citedAs(reduction.row),
    },
    ...(reduction.row.remark ? [reduction.row.remark] : []),
    {
      text: `医保预计支付 ${money(uncapped)} 元：（${money(eligibleCents)} − ${deductible}）× ${percent(ratio)}`,
      source: table.baseRatio.source,
    },
  ]
  if (fundCents < uncapped) {
    lines.push({ text: `超过最高支付限额 ${cap} 元，按 ${cap} 元支付`, source: table.cap.source })
  }
  lines.push({
    text: `您自己负担 ${money(totalCents - fundCents)} 元（起付线、按比例自付的部分和医保不报销的费用）`,
    source: deductibleRow.source,
  })
  const illustrative =
    [deductibleRow, table.baseRatio, table.cap, reduction.row].some((row) => row.illustrative) ||
    Boolean(reduction.countsAsFiled?.illustrative)
  if (illustrative) {
    lines.push({
      text: '以上起付线、报销比例和限额是示例数值，实际以参保地经办机构公布的标准和审核结果为准',
      source: EXAMPLE_SOURCE,
    })
  }
  return {
    profile: profile.id,
    hospitalLevel: level,
    eligibleCost: yuan(eligibleCents),
    deductible,
    ratio,
    reductionPoints: points,
    ...(reduced && { reduction: reductionWords(reduction.row) }),
    reductionYuan: yuan(reductionCents),
    cap,
    fundPays: yuan(fundCents),
    selfPays: yuan(totalCents - fundCents),
    lines,
    illustrative,
    costFrom: input.invoiced ? 'verified_invoices' : 'typed',
  }
}

const invoicedLine = (invoiced: { amount: number; count: number }, typed: number): EstimateLine => ({
  text: `费用按查验通过的 ${invoiced.count} 张电子票据合计 ${money(cents(invoiced.amount))} 元计算（金额以开票单位的记录为准${
    cents(typed) === cents(invoiced.amount) ? '' : `；您填写的费用总额是 ${money(cents(typed))} 元`
  }）`,
  source: VERIFIED_INVOICE_AMOUNT,
})
