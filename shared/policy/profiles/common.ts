/**
 * Rule rows several profiles share. Reimbursement numbers here are examples: no seed notice gives a
 * deductible, a base ratio or a cap, so a deploying agency replaces them with its published values.
 */
import type { Citations, Profile, RequiredMaterial, StandIn } from '../profile.schema'
import { EXAMPLE_SOURCE, reference, source } from '../sources'

const national = (clause: string) => source('national-2022', clause)

export const NATIONAL_SOURCES = {
  types: national('二(二)'),
  validity: national('二(三)'),
  backdate: national('二(四)'),
  ratios: national('二(六)'),
  twoWay: national('二(五)'),
  commitment: national('三(一)'),
  outpatient: national('二(一)'),
} as const

export const noLock = { value: { kind: 'none' as const }, source: NATIONAL_SOURCES.validity }
export const noSuspension = { value: false, source: NATIONAL_SOURCES.twoWay }
/**
 * 二(五) speaks of long-term filers settling at home as well. No held notice stops home settlement for a temporary
 * filing, so that it goes on is this service's rule, not a clause of 22号.
 */
export const temporaryKeepsHomeSettlement = {
  value: false,
  source: source('service', '临时外出备案不暂停参保地结算'),
}
/**
 * 二(六) lowers only temporary filings' ratios; that long-term ones keep the home ratio is not in its words as the
 * local notices restate it, so the 0 is an example and no clause is named for it.
 */
export const noReduction = { value: 0, source: EXAMPLE_SOURCE, illustrative: true }
export const longTermValidity = { value: null, source: NATIONAL_SOURCES.validity }
/** 二(三): temporary filings are valid 原则上不少于6个月; the insured region may set longer, this service applies the least. */
export const sixMonthValidity = { value: 6, source: NATIONAL_SOURCES.validity, floor: true }

/**
 * The national rule caps the change/cancel lock of long-term filings at 6 months (原则上不超过); the insured region
 * sets its own within it, so the 6 months this service applies are an example of the most it can be.
 */
export const exampleCappedLock = {
  value: { kind: 'months' as const, months: 6, condition: 'always' as const },
  source: NATIONAL_SOURCES.validity,
  ceiling: true,
  illustrative: true,
}

/** Temporary filings' ratio is lowered by at most these points (原则上…不超过): the estimate shows the most. */
export const nationalReduction = (points: number) => ({
  value: points,
  source: NATIONAL_SOURCES.ratios,
  ceiling: true,
})

/** No held notice lists proofs for a temporary filing; this service asks for none beyond the form and the commitment. */
export const NO_PROOF_BY_SERVICE = {
  value: '不需上传证明材料，填写备案信息并签署承诺即可',
  source: source('service', '备案材料'),
}

/** The national notice leaves the backdating window to the insured region; 30 days is an example. */
export const exampleBackdate = { value: 30, source: EXAMPLE_SOURCE, illustrative: true }
export const exampleMaxAhead = { value: 90, source: EXAMPLE_SOURCE, illustrative: true }

export const material = (
  kind: RequiredMaterial['kind'],
  from: RequiredMaterial['source'],
  options: Partial<Omit<RequiredMaterial, 'kind' | 'source'>> = {},
): RequiredMaterial => ({
  ...options,
  kind,
  replaceableByCommitment: options.replaceableByCommitment ?? false,
  supplyLater: options.supplyLater ?? false,
  source: from,
})

export const EXAMPLE_REIMBURSEMENT: Profile['reimbursement'] = {
  inpatientDeductible: {
    value: {
      employee: { 1: 300, 2: 600, 3: 900 },
      resident: { 1: 200, 2: 500, 3: 800 },
      retired_cadre: { 1: 0, 2: 0, 3: 0 },
    },
    source: EXAMPLE_SOURCE,
    illustrative: true,
  },
  outpatientDeductible: {
    value: { employee: 200, resident: 100, retired_cadre: 0 },
    source: EXAMPLE_SOURCE,
    illustrative: true,
  },
  baseRatio: {
    value: {
      employee: { 1: 0.9, 2: 0.85, 3: 0.8 },
      resident: { 1: 0.8, 2: 0.7, 3: 0.6 },
      retired_cadre: { 1: 1, 2: 1, 3: 1 },
    },
    source: EXAMPLE_SOURCE,
    illustrative: true,
  },
  cap: {
    value: { employee: 400000, resident: 200000, retired_cadre: 1000000 },
    source: EXAMPLE_SOURCE,
    illustrative: true,
  },
  unfiledReduction: { value: { amount: 20, unit: 'points' }, source: EXAMPLE_SOURCE, illustrative: true },
  // No notice of these profiles exempts an unfiled emergency from the reduction; 赣州 三(二) and 济宁 五(一) do.
  unfiledEmergencyExempt: { value: true, source: EXAMPLE_SOURCE, illustrative: true },
}

/**
 * 医保发〔2022〕22号 states these for everyone. Two rules only other regions' notices state in these words are
 * shown as 参照: the pooling-region target (赣州 一(一)) and the stay that straddles the validity (湖北 二(二)).
 */
export const NATIONAL_CITATIONS: Citations = {
  target: reference('ganzhou-2019', '一(一)'),
  catalogue: national('二(一)'),
  beforeDischarge: NATIONAL_SOURCES.backdate,
  stayWithinValidity: reference('hubei-2022', '二(二)'),
  manualAfterwards: NATIONAL_SOURCES.backdate,
  commitment: NATIONAL_SOURCES.commitment,
}

export const NATIONAL_EMERGENCY_UNFILED: Profile['emergencyUnfiled'] = {
  value: '急诊抢救可先就医，出院结算前补办备案的可直接结算；出院自费结算后补办的，可申请手工报销',
  source: NATIONAL_SOURCES.backdate,
}

/**
 * A rule of this service: an e-invoice the agency's verification service confirmed is the invoice itself, read from
 * the issuer's record (济宁 七 calls for 医疗收费电子票据 in online manual reimbursement), so no photo of it is asked for.
 */
const VERIFIED_E_INVOICE: StandIn = {
  by: 'verified_e_invoice',
  text: '已填写并查验通过的医疗收费电子票据即为发票，不必再上传发票照片',
  source: source('service', '电子票据代替发票照片'),
}

/**
 * The manual-reimbursement materials 赣市医保字〔2019〕21号 三(三) lists; no other notice lists its own, so other
 * profiles show them as 参照 that clause. `filedAfterwards` cites where the profile allows filing after discharge.
 */
export const checklistCiting = (
  claimSource: RequiredMaterial['source'],
  filedAfterwards: RequiredMaterial['source'],
): Profile['checklist'] => ({
  inpatient: [
    { kind: 'claim_form', required: true, source: claimSource },
    { kind: 'invoice', required: true, source: claimSource, standIn: VERIFIED_E_INVOICE },
    { kind: 'cost_list', required: true, source: claimSource },
    { kind: 'discharge_record', required: true, source: claimSource },
    { kind: 'filing_record', required: false, source: filedAfterwards },
  ],
  outpatient: [
    { kind: 'claim_form', required: true, source: claimSource },
    { kind: 'invoice', required: true, source: claimSource, standIn: VERIFIED_E_INVOICE },
    { kind: 'cost_list', required: true, source: claimSource },
    { kind: 'filing_record', required: false, source: filedAfterwards },
  ],
  emergency: [
    { kind: 'claim_form', required: true, source: claimSource },
    { kind: 'invoice', required: true, source: claimSource, standIn: VERIFIED_E_INVOICE },
    { kind: 'cost_list', required: true, source: claimSource },
    { kind: 'pre_admission_emergency_record', required: true, source: claimSource },
    { kind: 'discharge_record', required: false, source: claimSource },
  ],
})

export const GANZHOU_CLAIM_LIST = reference('ganzhou-2019', '三(三)')
