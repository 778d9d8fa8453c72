import type { Notification } from '../../ports/outbox'
import type {
  OutgoingRegistration,
  QueuedRegistration,
  Registration,
  Registrations,
  Settlement,
} from '../../ports/registrations'
import type { SqliteDatabase } from './database.sqlite'
import { notificationWriter } from './outbox.sqlite'

/** Writes one message synchronously, so the filings repository puts it in the transaction of its change. */
export const registrationWriter = (db: SqliteDatabase) => {
  const insert = db.prepare(`INSERT INTO registration_outbox
    (msgid, filing_id, operation, reason, state, next_at, created_at)
    VALUES (:msgid, :recordId, :operation, :reason, 'queued', :createdAt, :createdAt)`)
  return (message: OutgoingRegistration) => insert.run({ ...message, reason: message.reason ?? null })
}

type Row = {
  msgid: string
  filing_id: string
  operation: QueuedRegistration['operation']
  reason: string | null
  state: QueuedRegistration['state']
  attempts: number
  next_at: string
  created_at: string
  number: string | null
  last_error: string | null
  field: string | null
  note: string | null
}

const NUMBER_SO_FAR = `(SELECT n.number FROM registration_outbox n
  WHERE n.filing_id = r.filing_id AND n.number IS NOT NULL ORDER BY n.seq DESC LIMIT 1)`

const fromRow = (row: Row): QueuedRegistration => ({
  msgid: row.msgid,
  recordId: row.filing_id,
  operation: row.operation,
  ...(row.reason ? { reason: row.reason } : {}),
  createdAt: row.created_at,
  state: row.state,
  attempts: row.attempts,
  nextAt: row.next_at,
  ...(row.number ? { registrationNumber: row.number } : {}),
  ...(row.last_error ? { lastError: row.last_error } : {}),
  ...(row.field ? { field: row.field } : {}),
  ...(row.note ? { note: row.note } : {}),
})

const STATUS = { queued: 'pending', delivered: 'registered', refused: 'refused', dead: 'failed' } as const

/** A filing's registration as its views show it: from its newest message, with the number it got so far. */
export const registrationReader = (db: SqliteDatabase) => {
  const latest = db.prepare(`SELECT r.state, r.last_error, r.field, ${NUMBER_SO_FAR} AS number,
      (SELECT d.settled_at FROM registration_outbox d
        WHERE d.filing_id = r.filing_id AND d.state = 'delivered' ORDER BY d.seq DESC LIMIT 1) AS registered_at
    FROM registration_outbox r WHERE r.filing_id = ? ORDER BY r.seq DESC LIMIT 1`)
  type Latest = Pick<Row, 'state' | 'last_error' | 'field' | 'number'> & { registered_at: string | null }
  return (filingId: string): Registration | undefined => {
    const row = latest.get(filingId) as Latest | undefined
    if (!row) return undefined
    const status = STATUS[row.state]
    return {
      status,
      ...(row.number ? { number: row.number } : {}),
      ...(row.registered_at ? { at: row.registered_at } : {}),
      // A dead letter's cause is technical (timeouts, HTTP 503): the person is told staff handle it instead.
      ...(status === 'refused' && row.last_error ? { reason: row.last_error } : {}),
      ...(status === 'refused' && row.field ? { field: row.field } : {}),
    }
  }
}

export const registrationsSqlite = (db: SqliteDatabase): Registrations => {
  const due = db.prepare(`SELECT r.*, ${NUMBER_SO_FAR} AS number FROM registration_outbox r
    WHERE r.state = 'queued' AND r.next_at <= ?
      AND NOT EXISTS (SELECT 1 FROM registration_outbox e
        WHERE e.filing_id = r.filing_id AND e.seq < r.seq AND e.state IN ('queued', 'dead'))
    ORDER BY r.next_at, r.seq LIMIT ?`)
  const one = db.prepare(`SELECT r.*, ${NUMBER_SO_FAR} AS number FROM registration_outbox r WHERE msgid = ?`)
  const troubled = db.prepare(`SELECT r.*, ${NUMBER_SO_FAR} AS number FROM registration_outbox r
    WHERE r.state IN ('refused', 'dead') ORDER BY r.seq LIMIT ?`)
  const delivered = db.prepare(`UPDATE registration_outbox
    SET state = 'delivered', attempts = attempts + 1, settled_at = :at, number = :number, last_error = NULL,
      field = NULL
    WHERE msgid = :msgid AND state = 'queued'`)
  const refused = db.prepare(`UPDATE registration_outbox
    SET state = 'refused', attempts = attempts + 1, settled_at = :at, last_error = :reason, field = :field
    WHERE msgid = :msgid AND state = 'queued'`)
  const later = db.prepare(`UPDATE registration_outbox
    SET attempts = attempts + 1, next_at = :nextAt, last_error = :error WHERE msgid = :msgid AND state = 'queued'`)
  const dead = db.prepare(`UPDATE registration_outbox
    SET state = 'dead', attempts = attempts + 1, settled_at = :at, last_error = :error
    WHERE msgid = :msgid AND state = 'queued'`)
  const requeue = db.prepare(`UPDATE registration_outbox
    SET msgid = :newMsgid, state = 'queued', attempts = 0, next_at = :now, settled_at = NULL, field = NULL
    WHERE msgid = :msgid AND state IN ('refused', 'dead')`)
  const resume = db.prepare(
    "UPDATE registration_outbox SET next_at = ? WHERE state = 'queued' AND attempts > 0 AND next_at > ?",
  )
  const note = db.prepare('UPDATE registration_outbox SET note = ? WHERE msgid = ?')
  const notify = notificationWriter(db)
  const run = (msgid: string, settlement: Settlement): number => {
    switch (settlement.state) {
      case 'delivered':
        return delivered.run({ msgid, at: settlement.at, number: settlement.number ?? null }).changes
      case 'refused':
        return refused.run({
          msgid,
          at: settlement.at,
          reason: settlement.reason,
          field: settlement.field ?? null,
        }).changes
      case 'queued':
        return later.run({ msgid, nextAt: settlement.nextAt, error: settlement.error }).changes
      case 'dead':
        return dead.run({ msgid, at: settlement.at, error: settlement.error }).changes
    }
  }
  const settle = db.transaction(
    (msgid: string, settlement: Settlement, notifications: readonly Notification[]) => {
      const changed = run(msgid, settlement)
      // Settled already (a second worker, a staff retry meanwhile): the person was told then.
      if (changed === 1) for (const notification of notifications) notify(notification)
    },
  )
  const ofFiling = registrationReader(db)

  return {
    due: async (now, limit) => (due.all(now, limit) as Row[]).map(fromRow),
    async settle(msgid, settlement, notifications = []) {
      settle.immediate(msgid, settlement, notifications)
    },
    async resume(now) {
      resume.run(now, now)
    },
    troubled: async (limit) => (troubled.all(limit) as Row[]).map(fromRow),
    get: async (msgid) => {
      const row = one.get(msgid) as Row | undefined
      return row && fromRow(row)
    },
    retry: async (msgid, now, newMsgid) => {
      const row = one.get(msgid) as Row | undefined
      if (!row) return undefined
      const next = row.state === 'refused' ? newMsgid : msgid
      return requeue.run({ msgid, newMsgid: next, now }).changes === 1 ? next : undefined
    },
    addNote: async (msgid, text) => note.run(text, msgid).changes === 1,
    ofFiling: async (filingId) => ofFiling(filingId),
  }
}
