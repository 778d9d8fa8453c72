import type { MaterialKind } from '@shared/policy/materials'

/**
 * What each document looks like, in plain words, so a person finds the right paper in the pile. UI copy only:
 * which documents a claim needs comes from the profile's checklist (rules/claim-checklist).
 */
export const MATERIAL_HINTS: Record<MaterialKind, string> = {
  residence_proof: '居住证、房产证或租房合同，拍清楚姓名和地址那一页',
  household_register: '户口簿首页和本人页',
  work_proof: '劳动合同首页和签字页，或单位盖章的派驻证明',
  referral_record: '参保地医院开的转诊单或转院证明，要有医院盖章',
  emergency_record: '急诊病历或抢救记录，写有“急诊”或“抢救”字样',
  claim_form: '经办机构的零星报销申请表，填好签名后拍照（可到经办窗口或网站领取）',
  invoice: '医院开的收费票据原件，每张都拍；电子票据可直接上传 PDF',
  cost_list: '医院打印的费用明细（每天的药品、检查项目和金额），每页都拍',
  discharge_record: '出院时医院给的出院记录或出院小结，写有入院、出院日期',
  pre_admission_emergency_record: '住院前在急诊科看病的记录',
  filing_record: '异地就医备案的凭证或截图；出院后补办的备案也可以',
  trauma_commitment: '在本程序“外伤无第三方责任承诺书”页填写确认后的截图，或医院签署的纸质承诺书照片',
  other: '经办机构要求的其他材料',
}
