import type { FilingRecord, Filings } from '../../ports/filings'
import type { Notification } from '../../ports/outbox'
import type { OutgoingRegistration } from '../../ports/registrations'
import { isUniqueViolation, type SqliteDatabase } from './database.sqlite'
import { notificationWriter } from './outbox.sqlite'
import { registrationReader, registrationWriter } from './registrations.sqlite'

const columns = (record: FilingRecord) => ({
  id: record.filingId,
  owner: record.owner,
  key: record.idempotencyKey,
  idHash: record.insured.idHash,
  holder: record.holdsLongTerm ? record.insured.idHash : null,
  queue: record.review === 'awaiting' ? 'awaiting_review' : 'none',
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
  doc: JSON.stringify({ ...record, version: undefined, registration: undefined }),
})

export const filingsSqlite = (db: SqliteDatabase): Filings => {
  const insert = db.prepare(`INSERT INTO filings
    (id, owner, idempotency_key, id_hash, long_term_holder, queue, version, created_at, updated_at, doc)
    VALUES (:id, :owner, :key, :idHash, :holder, :queue, 1, :createdAt, :updatedAt, :doc)`)
  const update = db.prepare(`UPDATE filings
    SET long_term_holder = :holder, queue = :queue, version = version + 1, updated_at = :updatedAt, doc = :doc
    WHERE id = :id AND version = :expected`)
  const byKey = db.prepare('SELECT doc, version FROM filings WHERE owner = ? AND idempotency_key = ?')
  const byId = db.prepare('SELECT doc, version FROM filings WHERE id = ?')
  const byOwner = db.prepare(
    'SELECT doc, version FROM filings WHERE owner = ? ORDER BY created_at DESC, id DESC',
  )
  const holder = db.prepare('SELECT doc, version FROM filings WHERE long_term_holder = ?')
  const ofPerson = db.prepare(
    'SELECT doc, version FROM filings WHERE id_hash = ? ORDER BY created_at DESC, id DESC LIMIT 100',
  )
  const ownedOfPerson = db.prepare(
    'SELECT doc, version FROM filings WHERE id_hash = ? AND owner = ? ORDER BY created_at DESC, id DESC',
  )
  // A position sorts before every stored one when absent ('' and the (created, id) pair compare as rows).
  const awaiting = db.prepare(`SELECT doc, version FROM filings
    WHERE queue = 'awaiting_review' AND (created_at, id) > (:createdAt, :id) ORDER BY created_at, id LIMIT :limit`)
  const newest = db.prepare(`SELECT doc, version FROM filings
    WHERE (created_at, id) < (:createdAt, :id) ORDER BY created_at DESC, id DESC LIMIT :limit`)
  const owing = db.prepare(`SELECT doc, version FROM filings
    WHERE json_extract(doc, '$.facts.supplementDeadline') BETWEEN ? AND ?
      AND json_array_length(doc, '$.facts.outstandingMaterials') > 0
    ORDER BY created_at, id`)
  type Row = { doc: string; version: number }
  const registrationOf = registrationReader(db)
  const parse = (row: Row | undefined): FilingRecord | undefined => {
    if (!row) return undefined
    const record = JSON.parse(row.doc) as FilingRecord
    const registration = registrationOf(record.filingId)
    return { ...record, version: row.version, ...(registration ? { registration } : {}) }
  }
  const notify = notificationWriter(db)
  const send = registrationWriter(db)
  const addWith = db.transaction(
    (
      record: FilingRecord,
      notifications: readonly Notification[],
      registrations: readonly OutgoingRegistration[],
    ) => {
      insert.run(columns(record))
      for (const notification of notifications) notify(notification)
      for (const registration of registrations) send(registration)
    },
  )
  const replaceWith = db.transaction(
    (
      record: FilingRecord,
      expected: number,
      notifications: readonly Notification[],
      registrations: readonly OutgoingRegistration[],
    ): boolean => {
      const { id, holder, queue, updatedAt, doc } = columns(record)
      if (update.run({ id, holder, queue, updatedAt, doc, expected }).changes !== 1) return false
      for (const notification of notifications) notify(notification)
      for (const registration of registrations) send(registration)
      return true
    },
  )

  return {
    async add(record, notifications = [], registrations = []) {
      try {
        addWith.immediate(record, notifications, registrations)
        return 'added'
      } catch (error) {
        if (isUniqueViolation(error, 'filings.idempotency_key')) return 'duplicate_key'
        if (isUniqueViolation(error, 'filings.long_term_holder')) return 'long_term_taken'
        throw error
      }
    },
    byKey: async (owner, key) => parse(byKey.get(owner, key) as Row | undefined),
    get: async (filingId) => parse(byId.get(filingId) as Row | undefined),
    listByOwner: async (owner) => (byOwner.all(owner) as Row[]).map((row) => parse(row)!),
    longTermHolder: async (idHash) => parse(holder.get(idHash) as Row | undefined),
    byPerson: async (idHash) => (ofPerson.all(idHash) as Row[]).map((row) => parse(row)!),
    ownedForPerson: async (owner, idHash) =>
      (ownedOfPerson.all(idHash, owner) as Row[]).map((row) => parse(row)!),
    replace: async (record, expected, notifications = [], registrations = []) =>
      replaceWith.immediate(record, expected, notifications, registrations),
    queue: async ({ awaitingReview, limit, after }) =>
      (
        (awaitingReview
          ? awaiting.all({ createdAt: after?.createdAt ?? '', id: after?.id ?? '', limit })
          : newest.all({ createdAt: after?.createdAt ?? '\uffff', id: after?.id ?? '', limit })) as Row[]
      ).map((row) => parse(row)!),
    supplementDue: async (from, until) => (owing.all(from, until) as Row[]).map((row) => parse(row)!),
  }
}
