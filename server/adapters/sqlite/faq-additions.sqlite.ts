import type { FaqAddition, FaqAdditionsLog } from '../../ports/faq-additions'
import type { SqliteDatabase } from './database.sqlite'

export const faqAdditionsSqlite = (db: SqliteDatabase): FaqAdditionsLog => {
  const insert = db.prepare('INSERT INTO faq_additions (id, at, doc) VALUES (?, ?, ?)')
  const all = db.prepare('SELECT doc FROM faq_additions ORDER BY at, id')
  return {
    async add(addition) {
      insert.run(addition.id, addition.at, JSON.stringify(addition))
    },
    async list() {
      return (all.all() as { doc: string }[]).map((row) => JSON.parse(row.doc) as FaqAddition)
    },
  }
}
