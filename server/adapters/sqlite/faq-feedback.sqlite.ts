import type { FaqFeedback } from '../../ports/faq-feedback'
import type { SqliteDatabase } from './database.sqlite'

export const faqFeedbackSqlite = (db: SqliteDatabase): FaqFeedback => {
  const insert = db.prepare(
    'INSERT INTO faq_feedback (faq_id, helpful, q, caller, at) VALUES (?, ?, ?, ?, ?)',
  )
  const forget = db.prepare('UPDATE faq_feedback SET q = NULL WHERE q IS NOT NULL AND at < ?')
  const unhelpful = db.prepare(
    'SELECT COUNT(*) AS n FROM faq_feedback WHERE helpful = 0 AND at >= ? AND at < ?',
  )
  return {
    async add({ id, helpful, q, caller, at }) {
      insert.run(id, helpful ? 1 : 0, q ?? null, caller, at)
    },
    async forgetQueriesBefore(at) {
      return forget.run(at).changes
    },
    async countUnhelpfulBetween(from, to) {
      return (unhelpful.get(from, to) as { n: number }).n
    },
  }
}
