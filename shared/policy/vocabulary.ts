/** The words of the notices, as the product names them (policy digest "Vocabulary"). */

export const FILING_TYPES = [
  'retiree_resettled',
  'long_term_resident',
  'resident_worker',
  'referral',
  'emergency',
  'temporary',
] as const
export type FilingType = (typeof FILING_TYPES)[number]

export const LONG_TERM_TYPES: readonly FilingType[] = [
  'retiree_resettled',
  'long_term_resident',
  'resident_worker',
]
export const isLongTerm = (type: FilingType): boolean => LONG_TERM_TYPES.includes(type)

export const FILING_TYPE_LABELS: Record<FilingType, string> = {
  retiree_resettled: '异地安置退休人员',
  long_term_resident: '异地长期居住人员',
  resident_worker: '常驻异地工作人员',
  referral: '异地转诊人员',
  emergency: '异地急诊（抢救）人员',
  temporary: '其他临时外出就医人员',
}

/** Plain words for the type picker: who each type is for. */
export const FILING_TYPE_HINTS: Record<FilingType, string> = {
  retiree_resettled: '退休后户籍已迁到外地，或随子女在外地定居养老',
  long_term_resident: '在外地长期居住（有居住证或房产、租房证明）',
  resident_worker: '被单位派驻外地，或本人在外地务工、就业、创业',
  referral: '经参保地定点医院转诊到外地医院治疗',
  emergency: '在外地突发急病、需要急诊抢救',
  temporary: '出差、旅游、探亲等临时外出期间就医',
}

export const INSURANCE_TYPES = ['employee', 'resident', 'retired_cadre'] as const
export type InsuranceType = (typeof INSURANCE_TYPES)[number]
export const INSURANCE_TYPE_LABELS: Record<InsuranceType, string> = {
  employee: '城镇职工',
  resident: '城乡居民',
  retired_cadre: '离休人员',
}

export const RELATIONS = ['self', 'spouse', 'parent', 'child', 'other'] as const
export type Relation = (typeof RELATIONS)[number]
export const RELATION_LABELS: Record<Relation, string> = {
  self: '本人',
  spouse: '配偶',
  parent: '父母',
  child: '子女',
  other: '其他亲属',
}

export const CARE_TYPES = ['inpatient', 'outpatient', 'emergency'] as const
export type CareType = (typeof CARE_TYPES)[number]
export const CARE_TYPE_LABELS: Record<CareType, string> = {
  inpatient: '住院',
  outpatient: '门诊',
  emergency: '急诊',
}

/** The kinds of care a hospital is networked for (定点医药机构 联网结算范围). */
export const DIRECT_CARE_KINDS = ['inpatient', 'outpatient', 'chronic'] as const
export type DirectCareKind = (typeof DIRECT_CARE_KINDS)[number]
export const DIRECT_CARE_LABELS: Record<DirectCareKind, string> = {
  inpatient: '住院',
  outpatient: '普通门诊',
  chronic: '门诊慢特病',
}

export const HOSPITAL_LEVELS = [1, 2, 3] as const
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number]
export const HOSPITAL_LEVEL_LABELS: Record<HospitalLevel, string> = { 1: '一级', 2: '二级', 3: '三级' }

/** Derived from the filing's facts on every read, never stored (rules/filing-status). */
export const FILING_STATUSES = ['pending_supplement', 'effective', 'expired', 'cancelled'] as const
export type FilingStatus = (typeof FILING_STATUSES)[number]
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  pending_supplement: '待补充材料',
  effective: '生效',
  expired: '已过期',
  cancelled: '已撤销',
}

/** Where the agency stands on a filing's supplemented materials. */
export const REVIEW_STATES = ['none', 'awaiting', 'approved', 'more_requested', 'rejected'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  none: '无需审核',
  awaiting: '补充材料待审核',
  approved: '审核通过',
  more_requested: '需补充材料',
  rejected: '不予通过',
}

export const CLAIM_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'need_more',
  'approved',
  'rejected',
  'paid',
  'withdrawn',
] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  in_review: '审核中',
  need_more: '需补充',
  approved: '已通过',
  rejected: '已驳回',
  paid: '已支付',
  withdrawn: '已撤回',
}

/** `review` (additive to the contract's four) moves a submitted claim to 审核中 when staff open it. */
/** `void` (作废) ends a filing the insured person never authorised; it frees their long-term slot. */
export const STAFF_DECISIONS = ['review', 'approve', 'request_more', 'reject', 'mark_paid', 'void'] as const
export type StaffDecision = (typeof STAFF_DECISIONS)[number]

export const RECORD_KINDS = ['filing', 'claim'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

/** What a history entry's `action` says to the person reading the record. */
export const RECORD_ACTION_LABELS: Record<string, string> = {
  submit: '提交',
  create: '填写申请',
  attach: '上传材料',
  supplement: '补充材料',
  change: '变更就医地',
  cancel: '撤销备案',
  review: '开始审核',
  approve: '审核通过',
  request_more: '要求补充材料',
  reject: '驳回',
  mark_paid: '标记已支付',
  withdraw: '撤回',
  void: '作废',
  report: '参保人报告非本人办理',
  change_payee: '修改收款账户',
  erase: '应本人申请删除材料和个人信息',
}

/** A question sent to the agency from the FAQ: waiting in the staff queue, or answered. */
export const FAQ_QUESTION_STATUSES = ['open', 'answered'] as const
export type FaqQuestionStatus = (typeof FAQ_QUESTION_STATUSES)[number]
export const FAQ_QUESTION_STATUS_LABELS: Record<FaqQuestionStatus, string> = {
  open: '待答复',
  answered: '已答复',
}

/** What a message to the person is about; each opens its record's page (routes.NOTIFICATION_ROUTES). */
export const NOTIFICATION_KINDS = [
  'filing_status',
  'supplement_deadline',
  'claim_status',
  'identity',
  'faq_answer',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/** Where a filing stands on the 医保信息平台: only a registered filing can be settled directly at the destination. */
export const REGISTRATION_STATUSES = ['pending', 'registered', 'refused', 'failed'] as const
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  pending: '登记中',
  registered: '已登记',
  refused: '未予登记',
  failed: '登记未完成',
}
/** The sentence the person reads under a filing's status. */
export const REGISTRATION_STATUS_TEXTS: Record<RegistrationStatus, string> = {
  pending: '已提交，正在登记到医保信息平台',
  registered: '已登记，可在就医地直接结算',
  refused: '医保信息平台未予登记',
  failed: '暂未登记到医保信息平台，经办机构正在处理',
}
/** What the confirmation card says before submit: the filing counts at the hospital once the platform holds it. */
export const DIRECT_SETTLEMENT_AFTER_REGISTRATION =
  '提交后由本平台登记到医保信息平台，登记完成后即可在就医地直接结算'
/** The same for a filing that waits for its material (承诺补充): nothing is registered before the upload. */
export const DIRECT_SETTLEMENT_AFTER_SUPPLEMENT =
  '材料补充、备案生效后才登记到医保信息平台；在这之前不能在就医地直接结算'
