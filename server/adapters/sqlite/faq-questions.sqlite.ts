import { type FaqQuestion, type FaqQuestions, FORGOTTEN } from '../../ports/faq-questions'
import type { SqliteDatabase } from './database.sqlite'
import { notificationWriter } from './outbox.sqlite'

const fromRow = (row: { doc: string }): FaqQuestion => JSON.parse(row.doc)

export const faqQuestionsSqlite = (db: SqliteDatabase): FaqQuestions => {
  const insert = db.prepare(
    'INSERT INTO faq_questions (id, asker, status, asked_at, doc) VALUES (?, ?, ?, ?, ?)',
  )
  const since = db.prepare('SELECT COUNT(*) AS n FROM faq_questions WHERE asker = ? AND asked_at >= ?')
  const open = db.prepare("SELECT doc FROM faq_questions WHERE status = 'open' ORDER BY asked_at, id LIMIT ?")
  const one = db.prepare('SELECT doc FROM faq_questions WHERE id = ?')
  const answer = db.prepare(
    "UPDATE faq_questions SET status = 'answered', doc = ? WHERE id = ? AND status = 'open'",
  )
  const answered = db.prepare("SELECT id, doc FROM faq_questions WHERE status = 'answered'")
  const rewrite = db.prepare('UPDATE faq_questions SET doc = ? WHERE id = ?')
  const notify = notificationWriter(db)
  return {
    async add(question) {
      insert.run(question.id, question.asker, question.status, question.askedAt, JSON.stringify(question))
    },
    async countSince(asker, at) {
      return (since.get(asker, at) as { n: number }).n
    },
    async open(limit) {
      return (open.all(limit) as { doc: string }[]).map(fromRow)
    },
    async forgetAnsweredBefore(at) {
      return db.transaction(() => {
        let forgotten = 0
        for (const row of answered.all() as { id: string; doc: string }[]) {
          const { q: _q, ...question } = fromRow(row)
          if (!question.answeredAt || question.answeredAt >= at || question.question === FORGOTTEN) continue
          rewrite.run(JSON.stringify({ ...question, question: FORGOTTEN }), row.id)
          forgotten++
        }
        return forgotten
      })()
    },
    async answer(id, { text, by, at }, notification) {
      return db.transaction(() => {
        const row = one.get(id) as { doc: string } | undefined
        if (!row) return undefined
        const question = fromRow(row)
        if (question.status !== 'open') return undefined
        const answered: FaqQuestion = {
          ...question,
          status: 'answered',
          answer: text,
          answeredBy: by,
          answeredAt: at,
        }
        if (answer.run(JSON.stringify(answered), id).changes !== 1) return undefined
        notify(notification(answered))
        return answered
      })()
    },
  }
}
