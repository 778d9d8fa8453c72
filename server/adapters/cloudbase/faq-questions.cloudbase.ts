import { type FaqQuestion, type FaqQuestions, FORGOTTEN } from '../../ports/faq-questions'
import type { Outbox } from '../../ports/outbox'
import { type CloudDb, COLLECTIONS, first, unwrap } from './database.cloudbase'

type Stored = FaqQuestion & { _id: string }

const fromDoc = ({ _id, ...question }: Stored): FaqQuestion => question

/** The answer is a compare-and-set on the open question; its notification follows through the outbox. */
export const faqQuestionsCloudBase = (db: CloudDb, outbox: Outbox): FaqQuestions => {
  const questions = db.collection(COLLECTIONS.faqQuestions)
  const _ = db.command
  return {
    async add(question) {
      await unwrap(questions.add({ ...question, _id: question.id }))
    },
    async countSince(asker, since) {
      const result = await unwrap(questions.where({ asker, askedAt: _.gte(since) }).count())
      return (result as { total: number }).total
    },
    async open(limit) {
      const page = await unwrap(
        questions.where({ status: 'open' }).orderBy('askedAt', 'asc').limit(limit).get(),
      )
      return (page.data as Stored[]).map(fromDoc)
    },
    async forgetAnsweredBefore(at) {
      const result = await unwrap(
        questions
          .where({ status: 'answered', answeredAt: _.lt(at), question: _.neq(FORGOTTEN) })
          .update({ question: FORGOTTEN, q: _.remove() }),
      )
      return (result as { updated?: number }).updated ?? 0
    },
    async answer(id, { text, by, at }, notification) {
      const result = await unwrap(
        questions
          .where({ _id: id, status: 'open' })
          .update({ status: 'answered', answer: text, answeredBy: by, answeredAt: at }),
      )
      if ((result as { updated?: number }).updated !== 1) return undefined
      const stored = await first<Stored>(questions.where({ _id: id }))
      if (!stored) return undefined
      const answered = fromDoc(stored)
      await outbox.add(notification(answered))
      return answered
    },
  }
}
