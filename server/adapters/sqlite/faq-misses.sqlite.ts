import type { FaqMisses } from '../../ports/faq-misses'
import type { SqliteDatabase } from './database.sqlite'

export const faqMissesSqlite = (db: SqliteDatabase): FaqMisses => {
  const insert = db.prepare('INSERT INTO faq_misses (q, at) VALUES (?, ?)')
  const between = db.prepare('SELECT COUNT(*) AS n FROM faq_misses WHERE at >= ? AND at < ?')
  const forget = db.prepare('UPDATE faq_misses SET q = NULL WHERE q IS NOT NULL AND at < ?')
  return {
    async add({ q, at }) {
      insert.run(q ?? null, at)
    },
    async countBetween(from, to) {
      return (between.get(from, to) as { n: number }).n
    },
    async forgetQueriesBefore(at) {
      return forget.run(at).changes
    },
  }
}
