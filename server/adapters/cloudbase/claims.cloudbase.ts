import type { ClaimRecord, Claims } from '../../ports/claims'
import type { Notification, Outbox } from '../../ports/outbox'
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

type Stored = ClaimRecord & { _id: string }

const toRecord = ({ _id, ...record }: Stored): ClaimRecord => record as ClaimRecord

/** Idempotency rests on the unique index (owner, idempotencyKey) declared in cloudbase/database.json. */
export const claimsCloudBase = (db: CloudDb, outbox?: Pick<Outbox, 'add'>): Claims => {
  // Transactions hold one document here: the notifications follow the record once it is written.
  const announce = async (notifications: readonly Notification[]) => {
    for (const notification of notifications) await outbox?.add(notification)
  }
  const claims = db.collection(COLLECTIONS.claims)
  const invoices = db.collection(COLLECTIONS.claimInvoices)
  const release = (claimId: string, key: string) => unwrap(invoices.where({ _id: key, claimId }).remove())
  const list = async (
    query: ReturnType<typeof claims.where>,
    limit = MAX_PAGE,
    order: 'asc' | 'desc' = 'desc',
  ) => ((await unwrap(query.orderBy('createdAt', order).limit(limit).get())).data as Stored[]).map(toRecord)
  return {
    async add(record) {
      try {
        await unwrap(claims.add({ ...record, _id: record.claimId, version: 1 }))
        return 'added'
      } catch (error) {
        if (isDuplicate(error)) return 'duplicate_key'
        throw error
      }
    },
    async byKey(owner, idempotencyKey) {
      const stored = await first<Stored>(claims.where({ owner, idempotencyKey }).limit(1))
      return stored && toRecord(stored)
    },
    async get(claimId) {
      const stored = await first<Stored>(claims.where({ _id: claimId }).limit(1))
      return stored && toRecord(stored)
    },
    listByOwner: (owner) => list(claims.where({ owner })),
    listByPerson: (idHash) => list(claims.where({ 'insured.idHash': idHash })),
    async replace(record, expected, notifications = [], reports = []) {
      const result = await unwrap(
        claims.where({ _id: record.claimId, version: expected }).update({
          ...replaceFields(db, { ...record }),
          version: db.command.inc(1),
          // In the same one-document write (registrations.cloudbase moves them on).
          ...(reports.length > 0 ? { outgoing: db.command.push([...reports]) } : {}),
        }),
      )
      const replaced = (result as { updated?: number }).updated === 1
      if (replaced) await announce(notifications)
      return replaced
    },
    referenceFiling: async (filingId) => (await first(claims.where({ filingId }).limit(1))) !== undefined,
    // The _id is the invoice key, unique in the collection: of two adds racing for one invoice, one fails.
    async holdInvoices(claimId, keys, at) {
      const added: string[] = []
      for (const key of keys) {
        try {
          await unwrap(invoices.add({ _id: key, claimId, heldAt: at }))
          added.push(key)
        } catch (error) {
          if (!isDuplicate(error)) throw error
          const holder = await first<{ claimId: string }>(invoices.where({ _id: key }).limit(1))
          if (holder?.claimId === claimId) continue
          for (const mine of added) await release(claimId, mine)
          return 'taken'
        }
      }
      return 'held'
    },
    async releaseInvoices(claimId, keys) {
      if (keys === undefined) await unwrap(invoices.where({ claimId }).remove())
      else for (const key of keys) await release(claimId, key)
    },
    async byStatus(statuses, limit, after) {
      const query = pastPosition(db, claims, { status: db.command.in([...statuses]) }, 'asc', after)
      return ((await unwrap(query.limit(Math.min(limit, MAX_PAGE)).get())).data as Stored[]).map(toRecord)
    },
  }
}
