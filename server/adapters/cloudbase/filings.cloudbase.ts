import type { FilingRecord, Filings } from '../../ports/filings'
import type { Notification, Outbox } from '../../ports/outbox'
import type { Registration } from '../../ports/registrations'
import {
  type CloudDb,
  COLLECTIONS,
  first,
  isDuplicate,
  MAX_PAGE,
  replaceFields,
  unwrap,
} from './database.cloudbase'
import { pastPosition } from './list-order.cloudbase'

type Stored = FilingRecord & { _id: string; queue: string; outgoing?: unknown }

const toRecord = ({ _id, queue, outgoing, ...record }: Stored): FilingRecord => record as FilingRecord
const toStored = (record: FilingRecord): Stored => ({
  ...record,
  registration: undefined,
  _id: record.filingId,
  queue: record.review === 'awaiting' ? 'awaiting_review' : 'none',
})

/**
 * CloudBase has no partial unique index, so "one active long-term filing per person" is a lock document
 * whose `_id` is the ID-number hash: inserting a second one fails like a unique index would.
 */
export const filingsCloudBase = (
  db: CloudDb,
  outbox?: Pick<Outbox, 'add'>,
  /** The registration of each filing (registrations.cloudbase), attached on every read. */
  registrationsOf: (filingIds: string[]) => Promise<Map<string, Registration>> = async () => new Map(),
): Filings => {
  // Transactions hold one document here: the notifications follow the record once it is written.
  const announce = async (notifications: readonly Notification[]) => {
    for (const notification of notifications) await outbox?.add(notification)
  }
  const attach = async (stored: Stored[]): Promise<FilingRecord[]> => {
    const records = stored.map(toRecord)
    const found = await registrationsOf(records.map((record) => record.filingId))
    return records.map((record) => {
      const registration = found.get(record.filingId)
      return registration ? { ...record, registration } : record
    })
  }
  const attachOne = async (stored: Stored | undefined) => stored && (await attach([stored]))[0]
  const filings = db.collection(COLLECTIONS.filings)
  const locks = db.collection(COLLECTIONS.filingLocks)
  const get = async (filingId: string) => {
    return attachOne(await first<Stored>(filings.where({ _id: filingId }).limit(1)))
  }
  const releaseLock = (idHash: string, filingId: string) =>
    unwrap(locks.where({ _id: idHash, filingId }).remove())

  /** A lock left by a crash, or by a holder that gave up the flag, must not block the person forever. */
  const takeLock = async (record: FilingRecord): Promise<boolean> => {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        await unwrap(locks.add({ _id: record.insured.idHash, filingId: record.filingId }))
        return true
      } catch (error) {
        if (!isDuplicate(error)) throw error
      }
      const lock = await first<{ filingId: string }>(locks.where({ _id: record.insured.idHash }).limit(1))
      const holder = lock && (await get(lock.filingId))
      if (holder?.holdsLongTerm) return false
      if (lock) await releaseLock(record.insured.idHash, lock.filingId)
    }
    return false
  }

  return {
    async add(record, notifications = [], registrations = []) {
      if (record.holdsLongTerm && !(await takeLock(record))) return 'long_term_taken'
      try {
        await unwrap(filings.add({ ...toStored(record), version: 1, outgoing: registrations }))
        await announce(notifications)
        return 'added'
      } catch (error) {
        if (record.holdsLongTerm) await releaseLock(record.insured.idHash, record.filingId)
        if (isDuplicate(error)) return 'duplicate_key'
        throw error
      }
    },
    async byKey(owner, idempotencyKey) {
      return attachOne(await first<Stored>(filings.where({ owner, idempotencyKey }).limit(1)))
    },
    get,
    async listByOwner(owner) {
      const page = await unwrap(filings.where({ owner }).orderBy('createdAt', 'desc').limit(MAX_PAGE).get())
      return attach(page.data as Stored[])
    },
    async byPerson(idHash) {
      const page = await unwrap(
        filings.where({ 'insured.idHash': idHash }).orderBy('createdAt', 'desc').limit(100).get(),
      )
      return attach(page.data as Stored[])
    },
    async ownedForPerson(owner, idHash) {
      const page = await unwrap(
        filings.where({ owner, 'insured.idHash': idHash }).orderBy('createdAt', 'desc').limit(MAX_PAGE).get(),
      )
      return attach(page.data as Stored[])
    },
    async longTermHolder(idHash) {
      const lock = await first<{ filingId: string }>(locks.where({ _id: idHash }).limit(1))
      const holder = lock && (await get(lock.filingId))
      return holder?.holdsLongTerm ? holder : undefined
    },
    async replace(record, expected, notifications = [], registrations = []) {
      const { _id, ...fields } = toStored(record)
      const result = await unwrap(
        filings.where({ _id, version: expected }).update({
          ...replaceFields(db, fields),
          version: db.command.inc(1),
          // In the same one-document write as the change (registrations.cloudbase moves them on).
          ...(registrations.length > 0 ? { outgoing: db.command.push([...registrations]) } : {}),
        }),
      )
      const replaced = (result as { updated?: number }).updated === 1
      if (replaced && !record.holdsLongTerm) await releaseLock(record.insured.idHash, record.filingId)
      if (replaced) await announce(notifications)
      return replaced
    },
    async queue({ awaitingReview, limit, after }) {
      const where = awaitingReview ? { queue: 'awaiting_review' } : {}
      const query = pastPosition(db, filings, where, awaitingReview ? 'asc' : 'desc', after)
      const page = await unwrap(query.limit(Math.min(limit, MAX_PAGE)).get())
      return attach(page.data as Stored[])
    },
    async supplementDue(from, until) {
      const _ = db.command
      const query = filings.where({ 'facts.supplementDeadline': _.gte(from).and(_.lte(until)) })
      const found: FilingRecord[] = []
      for (let skip = 0; ; skip += MAX_PAGE) {
        const page = await unwrap(query.orderBy('createdAt', 'asc').skip(skip).limit(MAX_PAGE).get())
        found.push(...(page.data as Stored[]).map(toRecord))
        if (page.data.length < MAX_PAGE) break
      }
      return found.filter((record) => record.facts.outstandingMaterials.length > 0)
    },
  }
}
