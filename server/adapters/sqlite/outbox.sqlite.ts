import type { Consents, Notification, Outbox, ReceivedNotification } from '../../ports/outbox'
import type { SqliteDatabase } from './database.sqlite'

const INSERT =
  'INTO outbox (id, recipient, kind, payload, created_at) VALUES (:id, :recipient, :kind, :payload, :createdAt)'

/** Writes one notification synchronously, so a repository can put it in the transaction of its change. */
export const notificationWriter = (db: SqliteDatabase) => {
  const insert = db.prepare(`INSERT ${INSERT}`)
  return (notification: Notification) => {
    insert.run({ ...notification, payload: JSON.stringify(notification.payload) })
  }
}

type Row = {
  id: string
  recipient: string
  kind: Notification['kind']
  payload: string
  created_at: string
  read_at?: string | null
}

const fromRow = (row: Row): Notification => ({
  id: row.id,
  recipient: row.recipient,
  kind: row.kind,
  payload: JSON.parse(row.payload),
  createdAt: row.created_at,
})

/** Locally nothing delivers WeChat messages: notifications stay in the table for the app's 消息 list to read. */
export const outboxSqlite = (db: SqliteDatabase): Outbox => {
  const write = notificationWriter(db)
  const insertOnce = db.prepare(`INSERT OR IGNORE ${INSERT}`)
  const unsent = db.prepare('SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY created_at LIMIT ?')
  const received = db.prepare(
    'SELECT * FROM outbox WHERE recipient = ? ORDER BY created_at DESC, id DESC LIMIT ?',
  )
  const unread = db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE recipient = ? AND read_at IS NULL')
  const markOne = db.prepare(
    'UPDATE outbox SET read_at = ? WHERE id = ? AND recipient = ? AND read_at IS NULL',
  )
  const consented = db.prepare('SELECT kind, remaining FROM subscription_consents WHERE recipient = ?')
  const consent = db.prepare(
    `INSERT INTO subscription_consents (recipient, kind, remaining, updated_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (recipient, kind) DO UPDATE SET remaining = remaining + 1, updated_at = excluded.updated_at`,
  )
  const consentsOf = (recipient: string): Consents =>
    Object.fromEntries(
      (consented.all(recipient) as { kind: string; remaining: number }[]).map((row) => [
        row.kind,
        row.remaining,
      ]),
    )
  const addConsents = db.transaction((recipient: string, kinds: readonly string[], at: string) => {
    for (const kind of kinds) consent.run(recipient, kind, at)
  })
  const markMany = db.transaction((recipient: string, ids: readonly string[], at: string) => {
    for (const id of ids) markOne.run(at, id, recipient)
  })
  return {
    async add(notification) {
      write(notification)
    },
    addOnce: async (notification) =>
      insertOnce.run({ ...notification, payload: JSON.stringify(notification.payload) }).changes === 1,
    pending: async (limit = 100) => (unsent.all(limit) as Row[]).map(fromRow),
    forRecipient: async (recipient, limit) =>
      (received.all(recipient, limit) as Row[]).map(
        (row): ReceivedNotification => ({ ...fromRow(row), readAt: row.read_at ?? null }),
      ),
    unreadCount: async (recipient) => (unread.get(recipient) as { n: number }).n,
    async markRead(recipient, ids, at) {
      markMany.immediate(recipient, ids, at)
    },
    async addConsents(recipient, kinds, at) {
      addConsents.immediate(recipient, kinds, at)
      return consentsOf(recipient)
    },
    consents: async (recipient) => consentsOf(recipient),
  }
}
