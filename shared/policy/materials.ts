/** Every kind of document the product asks for, with the label the user sees. */
export const MATERIAL_LABELS = {
  residence_proof: '就医地居住证明（居住证、房产证明或租房合同）',
  household_register: '就医地户籍证明（户口簿）',
  work_proof: '就医地工作证明（劳动合同或单位派驻证明）',
  referral_record: '转诊转院证明（参保地定点医院开具）',
  emergency_record: '急诊或抢救病历',
  claim_form: '医药费用零星报销申请表',
  invoice: '医疗费用票据（发票原件或电子票据）',
  cost_list: '费用明细清单',
  discharge_record: '出院记录',
  pre_admission_emergency_record: '住院前急诊记录',
  filing_record: '异地就医备案（含出院后补办的备案）',
  trauma_commitment: '外伤无第三方责任承诺书',
  other: '其他材料',
} as const

export type MaterialKind = keyof typeof MATERIAL_LABELS
export const MATERIAL_KINDS = Object.keys(MATERIAL_LABELS) as MaterialKind[]
