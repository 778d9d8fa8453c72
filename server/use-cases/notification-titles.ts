import { MATERIAL_LABELS, type MaterialKind } from '@shared/policy/materials'
import { CLAIM_STATUS_LABELS, type ClaimStatus, type ReviewState } from '@shared/policy/vocabulary'

/** 就医地居住证明（居住证、房产证明或租房合同） → 就医地居住证明: a message title names the paper, not its examples. */
const shortName = (kind: MaterialKind) => MATERIAL_LABELS[kind].replace(/（[^）]*）$/, '')
const names = (kinds: readonly MaterialKind[]) => [...new Set(kinds)].map(shortName).join('、')

const REVIEW_OUTCOME: Partial<Record<ReviewState, string>> = {
  approved: '审核通过',
  more_requested: '需重新提交',
  rejected: '不予通过，备案终止',
}

/** The 消息 title of a decision on supplemented materials: which material, and what was decided. */
export const filingReviewTitle = (review: ReviewState, kinds: readonly MaterialKind[]) =>
  `备案补充材料${kinds.length > 0 ? `（${names(kinds)}）` : ''}${REVIEW_OUTCOME[review] ?? review}`

/** The 承诺补充 reminder names what is owed. */
export const supplementDueTitle = (kinds: readonly MaterialKind[]) => `异地就医备案待补充：${names(kinds)}`

/** The countdown before the 承诺补充 deadline, naming what is owed. */
export const supplementReminderTitle = (daysLeft: number, kinds: readonly MaterialKind[]) =>
  daysLeft === 0 ? `今天是补交${names(kinds)}的最后一天` : `${names(kinds)}须在 ${daysLeft} 天内补交`

/** A claim's decision naming the record (a person may have several claims) and, for 需补充, what is missing. */
export const claimDecisionTitle = (
  status: ClaimStatus,
  claim: { care: string; hospital: string; stay: string; amount: string },
  missing: readonly MaterialKind[],
) =>
  `${claim.care}报销${CLAIM_STATUS_LABELS[status]}${status === 'need_more' && missing.length > 0 ? `（${names(missing)}）` : ''}：${claim.hospital} ${claim.stay}，${claim.amount} 元`
