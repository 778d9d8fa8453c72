import type { Notification, Outbox } from '../../ports/outbox'
import type { SqliteDatabase } from './database.sqlite'

/** Writes one notification synchronously, so a repository can put it in the transaction of its change. */
export const notificationWriter = (db: SqliteDatabase) => {
  const insert = db.prepare(
    'INSERT INTO outbox (id, recipient, kind, payload, created_at) VALUES (:id, :recipient, :kind, :payload, :createdAt)',
  )
  return (notification: Notification) => {
    insert.run({ ...notification, payload: JSON.stringify(notification.payload) })
  }
}

/** Locally nothing delivers WeChat messages: notifications stay in the table for a sender or a test to read. */
export const outboxSqlite = (db: SqliteDatabase): Outbox => {
  const write = notificationWriter(db)
  const unsent = db.prepare('SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT ?')
  type Row = {
    id: string
    recipient: string
    kind: Notification['kind']
    payload: string
    created_at: string
  }
  return {
    async add(notification) {
      write(notification)
    },
    pending: async (limit = 100) =>
      (unsent.all(limit) as Row[]).map((row) => ({
        id: row.id,
        recipient: row.recipient,
        kind: row.kind,
        payload: JSON.parse(row.payload),
        createdAt: row.created_at,
      })),
  }
}
