import type { FaqQuestionStatus } from '@shared/policy/vocabulary'
import type { Notification } from './outbox'

/** A question the FAQ could not answer, sent to the agency (济宁 八: 后台处理解答参保人异地就医疑问). */
export interface FaqQuestion {
  id: string
  asker: string
  question: string
  /** The search the person tried before asking. */
  q?: string
  insuredRegion: string
  status: FaqQuestionStatus
  askedAt: string
  answer?: string
  answeredBy?: string
  answeredAt?: string
}

/** What an answered question says once its words are past their retention period (FAQ_TEXT_RETENTION_DAYS). */
export const FORGOTTEN = '（提问原文已按保存期限删除）'

export interface FaqQuestions {
  add(question: FaqQuestion): Promise<void>
  /** How many the asker sent at or after `since` (the daily limit). */
  countSince(asker: string, since: string): Promise<number>
  /** Waiting for an answer, oldest first. */
  open(limit: number): Promise<FaqQuestion[]>
  /**
   * Records the answer and writes `notification` with it, in one step; undefined when the question does not
   * exist or was answered already (two staff answering at once: one wins).
   */
  /** Drops the words of questions answered before `at` (the answer stays in the asker's 消息); how many. */
  forgetAnsweredBefore(at: string): Promise<number>
  answer(
    id: string,
    answer: { text: string; by: string; at: string },
    notification: (question: FaqQuestion) => Notification,
  ): Promise<FaqQuestion | undefined>
}
