import type { RetentionKey } from './privacy'
import type { ClaimStatus, FilingStatus, RecordKind } from './vocabulary'

/**
 * What a person may ask to have deleted from a finished record (个人信息保护法 第四十七条: the purpose is met),
 * and what the agency keeps as its case file for the retention period (RETENTION in ./privacy). Read by the
 * 我的数据 page and by the server that does the deletion.
 */
export interface ErasureRule {
  /** Statuses in which the record is finished: nothing more will be done with it. */
  finished: readonly string[]
  /** In the person's words: what is no longer needed and is removed. */
  removed: readonly string[]
  /** What stays, and why: the agency's case file of the decision. */
  kept: string
  why: string
  retention: RetentionKey
}

const REMOVED = ['您上传的材料照片和 PDF 文件（含签名图片）', '加密保存的完整身份证号', '手机号'] as const

export const ERASURE: Record<RecordKind, ErasureRule> = {
  filing: {
    finished: ['cancelled', 'expired'] satisfies FilingStatus[],
    removed: REMOVED,
    kept: '参保人姓名、打码后的身份证号、备案类型、就医地、有效期和办理记录',
    why: '备案是经办机构办理的业务，须作为经办档案保存，以备结算核查和您日后查询',
    retention: 'finishedFiling',
  },
  claim: {
    finished: ['paid', 'rejected', 'withdrawn'] satisfies ClaimStatus[],
    removed: REMOVED,
    kept: '参保人姓名、打码后的身份证号、就医医院和日期、费用金额、审核结果和办理记录',
    why: '报销涉及医保基金支出，审核和支付记录须作为会计和经办档案保存',
    retention: 'finishedClaim',
  },
}

export const RECORD_KIND_LABELS: Record<RecordKind, string> = { filing: '备案', claim: '报销' }

/** The refusal for a record still being handled, naming where it stands. */
export const NOT_FINISHED = (kind: RecordKind, statusLabel: string) =>
  `这条${RECORD_KIND_LABELS[kind]}还在办理中（现为“${statusLabel}”），办结后才能申请删除`

export const REGISTRATION_IN_FLIGHT = '这条备案的变更还在向医保信息平台登记，登记完成后才能申请删除'

export const ALREADY_ERASED = '这条记录的材料和个人信息已经删除'
