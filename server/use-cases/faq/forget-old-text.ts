import { FAQ_TEXT_RETENTION_DAYS } from '@shared/policy/privacy'
import type { Ports } from '../../ports/ports'

const DAY_MS = 86_400_000

/**
 * The retention job for what people typed into 政策问答 (RETENTION.faqText): the search words of old votes and of searches that found nothing, and
 * the words of questions answered long enough ago. Run with the upload clean-up.
 */
export const forgetOldFaqText = async (ports: Ports, days = FAQ_TEXT_RETENTION_DAYS) => {
  const now = ports.clock.now().getTime()
  const before = (count: number) => new Date(now - count * DAY_MS).toISOString()
  return {
    feedbackQueries: await ports.faqFeedback.forgetQueriesBefore(before(days.feedbackQuery)),
    missedQueries: await ports.faqMisses.forgetQueriesBefore(before(days.missedQuery)),
    answeredQuestions: await ports.faqQuestions.forgetAnsweredBefore(before(days.answeredQuestion)),
  }
}
