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
  answer(
    id: string,
    answer: { text: string; by: string; at: string },
    notification: (question: FaqQuestion) => Notification,
  ): Promise<FaqQuestion | undefined>
}
