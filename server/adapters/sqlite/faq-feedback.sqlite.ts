import type { FaqFeedback } from '../../ports/faq-feedback'
import type { SqliteDatabase } from './database.sqlite'

export const faqFeedbackSqlite = (db: SqliteDatabase): FaqFeedback => {
  const insert = db.prepare(
    'INSERT INTO faq_feedback (faq_id, helpful, q, caller, at) VALUES (?, ?, ?, ?, ?)',
  )
  return {
    async add({ id, helpful, q, caller, at }) {
      insert.run(id, helpful ? 1 : 0, q ?? null, caller, at)
    },
  }
}
