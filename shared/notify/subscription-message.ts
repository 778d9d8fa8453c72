import {
  CLAIM_STATUS_LABELS,
  type ClaimStatus,
  FAQ_QUESTION_STATUS_LABELS,
  type FaqQuestionStatus,
  FILING_STATUS_LABELS,
  type FilingStatus,
  type NotificationKind,
} from '../policy/vocabulary'
import { fail, ok, type Result } from '../result'

/**
 * What WeChat accepts in each keyword type of a subscription message (subscribeMessage.send, 其他说明:
 * 「thing.DATA 20个以内字符」「phrase.DATA 5个以内纯汉字」「date.DATA 年月日格式（支持+24小时制时间）例如：2019年10月1日」).
 * A value that breaks its rule is refused with errcode 47003, so none is sent.
 */
export const KEYWORD_RULES = {
  thing: { test: (value: string) => value.length > 0 && [...value].length <= 20, rule: '20 个以内字符' },
  phrase: { test: (value: string) => /^\p{Script=Han}{1,5}$/u.test(value), rule: '5 个以内纯汉字' },
  date: {
    test: (value: string) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(value),
    rule: '年月日，如 2019年10月1日',
  },
} as const

type KeywordType = keyof typeof KEYWORD_RULES

/** The keywords our templates carry (the agency picks templates with these, docs/deploy-cloudbase.md). */
export const TEMPLATE_KEYWORDS = {
  thing1: 'thing',
  phrase2: 'phrase',
  thing3: 'thing',
  date4: 'date',
} as const satisfies Record<string, KeywordType>

type Keyword = keyof typeof TEMPLATE_KEYWORDS
export type SubscriptionData = Partial<Record<Keyword, { value: string }>>

export interface MessageContent {
  kind: NotificationKind
  payload: { title: string; status: string; note?: string; deadline?: string }
}

/** The status as the person reads it: the Chinese label of a filing's or a claim's status. */
export const statusPhrase = (kind: NotificationKind, status: string): string | undefined =>
  kind === 'faq_answer'
    ? FAQ_QUESTION_STATUS_LABELS[status as FaqQuestionStatus]
    : kind === 'claim_status'
      ? CLAIM_STATUS_LABELS[status as ClaimStatus]
      : FILING_STATUS_LABELS[status as FilingStatus]

const thing = (text: string) => ([...text].length <= 20 ? text : `${[...text].slice(0, 19).join('')}…`)

/** 'YYYY-MM-DD' → '2026年12月3日'. */
const chineseDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** The keyword values to send, each checked against its type's rule, or which keyword would be refused. */
export function subscriptionData({ kind, payload }: MessageContent): Result<SubscriptionData> {
  const data: SubscriptionData = {
    thing1: { value: thing(payload.title) },
    phrase2: { value: statusPhrase(kind, payload.status) ?? '' },
    thing3: { value: thing(payload.note ?? '详情请在小程序中查看') },
    ...(payload.deadline ? { date4: { value: chineseDate(payload.deadline) } } : {}),
  }
  for (const [keyword, entry] of Object.entries(data) as [Keyword, { value: string }][]) {
    const { test, rule } = KEYWORD_RULES[TEMPLATE_KEYWORDS[keyword]]
    if (!test(entry.value))
      return fail({
        code: 'VALIDATION',
        message: `订阅消息 ${keyword} 不符合“${rule}”：${entry.value}`,
        path: keyword,
      })
  }
  return ok(data)
}
