import type { ClaimRecord, Claims } from '../../ports/claims'
import type { Notification } from '../../ports/outbox'
import type { OutgoingRegistration } from '../../ports/registrations'
import { isUniqueViolation, type SqliteDatabase } from './database.sqlite'
import { notificationWriter } from './outbox.sqlite'
import { registrationWriter } from './registrations.sqlite'

type Row = { doc: string; version: number }

const parse = (row: Row | undefined): ClaimRecord | undefined =>
  row && { ...(JSON.parse(row.doc) as ClaimRecord), version: row.version }

export const claimsSqlite = (db: SqliteDatabase): Claims => {
  const insert = db.prepare(`INSERT INTO claims
    (id, owner, idempotency_key, filing_id, status, version, created_at, updated_at, doc)
    VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`)
  const update = db.prepare(`UPDATE claims SET status = ?, version = version + 1, updated_at = ?, doc = ?
    WHERE id = ? AND version = ?`)
  const byKey = db.prepare('SELECT doc, version FROM claims WHERE owner = ? AND idempotency_key = ?')
  const byId = db.prepare('SELECT doc, version FROM claims WHERE id = ?')
  const byOwner = db.prepare(
    'SELECT doc, version FROM claims WHERE owner = ? ORDER BY created_at DESC, id DESC',
  )
  const byPerson = db.prepare(
    "SELECT doc, version FROM claims WHERE json_extract(doc, '$.insured.idHash') = ? ORDER BY created_at DESC, id DESC",
  )
  const forFiling = db.prepare('SELECT 1 FROM claims WHERE filing_id = ? LIMIT 1')
  const serialise = (record: ClaimRecord) => JSON.stringify({ ...record, version: undefined })
  const notify = notificationWriter(db)
  const hold = db.prepare(
    'INSERT INTO claim_invoices (invoice_key, claim_id, held_at) VALUES (?, ?, ?) ON CONFLICT (invoice_key) DO NOTHING',
  )
  const holder = db.prepare('SELECT claim_id FROM claim_invoices WHERE invoice_key = ?')
  const releaseAll = db.prepare('DELETE FROM claim_invoices WHERE claim_id = ?')
  const releaseOne = db.prepare('DELETE FROM claim_invoices WHERE claim_id = ? AND invoice_key = ?')
  class Taken extends Error {}
  const holdAll = db.transaction((claimId: string, keys: readonly string[], at: string) => {
    for (const key of keys) {
      hold.run(key, claimId, at)
      if ((holder.get(key) as { claim_id: string }).claim_id !== claimId) throw new Taken()
    }
  })
  const send = registrationWriter(db)
  const replaceWith = db.transaction(
    (
      record: ClaimRecord,
      expected: number,
      notifications: readonly Notification[],
      reports: readonly OutgoingRegistration[],
    ): boolean => {
      const { status, updatedAt, claimId } = record
      if (update.run(status, updatedAt, serialise(record), claimId, expected).changes !== 1) return false
      for (const notification of notifications) notify(notification)
      for (const report of reports) send(report)
      return true
    },
  )

  return {
    async add(record) {
      try {
        insert.run(
          record.claimId,
          record.owner,
          record.idempotencyKey,
          record.filingId,
          record.status,
          record.createdAt,
          record.updatedAt,
          serialise(record),
        )
        return 'added'
      } catch (error) {
        if (isUniqueViolation(error, 'claims.idempotency_key')) return 'duplicate_key'
        throw error
      }
    },
    byKey: async (owner, key) => parse(byKey.get(owner, key) as Row | undefined),
    get: async (claimId) => parse(byId.get(claimId) as Row | undefined),
    listByOwner: async (owner) => (byOwner.all(owner) as Row[]).map((row) => parse(row)!),
    listByPerson: async (idHash) => (byPerson.all(idHash) as Row[]).map((row) => parse(row)!),
    replace: async (record, expected, notifications = [], reports = []) =>
      replaceWith.immediate(record, expected, notifications, reports),
    referenceFiling: async (filingId) => forFiling.get(filingId) !== undefined,
    async holdInvoices(claimId, keys, at) {
      try {
        holdAll.immediate(claimId, keys, at)
        return 'held'
      } catch (error) {
        if (error instanceof Taken) return 'taken'
        throw error
      }
    },
    async releaseInvoices(claimId, keys) {
      if (keys === undefined) releaseAll.run(claimId)
      else for (const key of keys) releaseOne.run(claimId, key)
    },
    async byStatus(statuses, limit, after) {
      const marks = statuses.map(() => '?').join(', ')
      const rows = db
        .prepare(`SELECT doc, version FROM claims
          WHERE status IN (${marks}) AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?`)
        .all(...statuses, after?.createdAt ?? '', after?.id ?? '', limit) as Row[]
      return rows.map((row) => parse(row)!)
    },
  }
}
