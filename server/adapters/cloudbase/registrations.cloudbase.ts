import type { Notification, Outbox } from '../../ports/outbox'
import type {
  OutgoingRegistration,
  QueuedRegistration,
  Registration,
  Registrations,
} from '../../ports/registrations'
import { type CloudDb, COLLECTIONS, isDuplicate, MAX_PAGE, unwrap } from './database.cloudbase'

/** `_id` is the first msgid (time-ordered, so it orders a filing's messages); `msgid` the one now in use. */
type Stored = Omit<QueuedRegistration, 'registrationNumber'> & {
  _id: string
  number?: string
  settledAt?: string | null
}

const newest = (messages: Stored[], test: (message: Stored) => unknown) => [...messages].reverse().find(test)

const STATUS = { queued: 'pending', delivered: 'registered', refused: 'refused', dead: 'failed' } as const

/** A filing's registration from its messages, oldest first (as SQLite's registrationReader reads it). */
const registrationOf = (messages: Stored[]): Registration | undefined => {
  const latest = messages.at(-1)
  if (!latest) return undefined
  const number = newest(messages, (message) => message.number)?.number
  const at = newest(messages, (message) => message.state === 'delivered')?.settledAt
  const status = STATUS[latest.state]
  return {
    status,
    ...(number ? { number } : {}),
    ...(at ? { at } : {}),
    ...(status === 'refused' && latest.lastError ? { reason: latest.lastError } : {}),
    ...(status === 'refused' && latest.field ? { field: latest.field } : {}),
  }
}

/**
 * A CloudBase transaction holds one document, so a filing carries its new messages in its own `outgoing`
 * field (written with it, atomically); each worker run first moves them into this collection (by msgid, so
 * a run interrupted half-way moves nothing twice), then delivers from here.
 */
export const registrationsCloudBase = (
  db: CloudDb,
  outbox?: Pick<Outbox, 'add'>,
): Registrations & {
  ofFilings(filingIds: string[]): Promise<Map<string, Registration>>
} => {
  const _ = db.command
  const messages = db.collection(COLLECTIONS.registrations)
  const carriers = [db.collection(COLLECTIONS.filings), db.collection(COLLECTIONS.claims)]
  const ofFilingIds = async (filingIds: string[]) => {
    const page = await unwrap(
      messages
        .where({ recordId: _.in(filingIds) })
        .orderBy('_id', 'asc')
        .limit(MAX_PAGE)
        .get(),
    )
    return page.data as Stored[]
  }
  const withNumber = async (stored: Stored): Promise<QueuedRegistration> => {
    const { _id, number, settledAt, ...message } = stored
    const so = newest(await ofFilingIds([stored.recordId]), (one) => one.number)?.number
    return { ...message, ...(so ? { registrationNumber: so } : {}) }
  }
  const sweepFrom = async (records: (typeof carriers)[number]) => {
    const page = await unwrap(
      records
        .where({ 'outgoing.0': _.exists(true) })
        .limit(100)
        .get(),
    )
    for (const filing of page.data as { _id: string; outgoing: OutgoingRegistration[] }[]) {
      for (const message of filing.outgoing) {
        try {
          await unwrap(
            messages.add({
              _id: message.msgid,
              ...message,
              state: 'queued',
              attempts: 0,
              nextAt: message.createdAt,
            }),
          )
        } catch (error) {
          if (!isDuplicate(error)) throw error
        }
      }
      const moved = filing.outgoing.map((message) => message.msgid)
      await unwrap(records.where({ _id: filing._id }).update({ outgoing: _.pull({ msgid: _.in(moved) }) }))
    }
  }
  const sweep = async () => {
    for (const records of carriers) await sweepFrom(records)
  }
  const byMsgid = async (msgid: string) =>
    (await unwrap(messages.where({ msgid }).limit(1).get())).data[0] as Stored | undefined
  const update = async (where: Record<string, unknown>, fields: Record<string, unknown>) =>
    ((await unwrap(messages.where(where).update(fields))) as { updated?: number }).updated === 1
  const announce = async (notifications: readonly Notification[]) => {
    for (const notification of notifications) await outbox?.add(notification)
  }

  return {
    async due(now, limit) {
      await sweep()
      const page = await unwrap(
        messages
          .where({ state: 'queued', nextAt: _.lte(now) })
          .orderBy('nextAt', 'asc')
          .limit(limit)
          .get(),
      )
      const due: QueuedRegistration[] = []
      for (const candidate of page.data as Stored[]) {
        const line = await ofFilingIds([candidate.recordId])
        const blocked = line.some(
          (earlier) =>
            earlier._id < candidate._id && (earlier.state === 'queued' || earlier.state === 'dead'),
        )
        if (!blocked) due.push(await withNumber(candidate))
      }
      return due
    },
    async settle(msgid, settlement, notifications = []) {
      const fields =
        settlement.state === 'queued'
          ? { attempts: _.inc(1), nextAt: settlement.nextAt, lastError: settlement.error }
          : settlement.state === 'delivered'
            ? {
                state: 'delivered',
                attempts: _.inc(1),
                settledAt: settlement.at,
                number: settlement.number ?? null,
              }
            : settlement.state === 'refused'
              ? {
                  state: 'refused',
                  attempts: _.inc(1),
                  settledAt: settlement.at,
                  lastError: settlement.reason,
                  field: settlement.field ?? null,
                }
              : { state: 'dead', attempts: _.inc(1), settledAt: settlement.at, lastError: settlement.error }
      if (await update({ msgid, state: 'queued' }, fields)) await announce(notifications)
    },
    async resume(now) {
      await unwrap(
        messages.where({ state: 'queued', attempts: _.gt(0), nextAt: _.gt(now) }).update({ nextAt: now }),
      )
    },
    async troubled(limit) {
      const page = await unwrap(
        messages
          .where({ state: _.in(['refused', 'dead']) })
          .orderBy('_id', 'asc')
          .limit(limit)
          .get(),
      )
      return Promise.all((page.data as Stored[]).map(withNumber))
    },
    async get(msgid) {
      const stored = await byMsgid(msgid)
      return stored && withNumber(stored)
    },
    async retry(msgid, now, newMsgid) {
      const stored = await byMsgid(msgid)
      if (!stored) return undefined
      const next = stored.state === 'refused' ? newMsgid : msgid
      const requeued = await update(
        { msgid, state: _.in(['refused', 'dead']) },
        {
          msgid: next,
          state: 'queued',
          attempts: 0,
          nextAt: now,
          settledAt: null,
          field: null,
        },
      )
      return requeued ? next : undefined
    },
    addNote: (msgid, note) => update({ msgid }, { note }),
    ofFiling: async (filingId) => registrationOf(await ofFilingIds([filingId])),
    async ofFilings(filingIds) {
      const found = new Map<string, Registration>()
      if (filingIds.length === 0) return found
      const all = await ofFilingIds(filingIds)
      for (const filingId of filingIds) {
        const registration = registrationOf(all.filter((message) => message.recordId === filingId))
        if (registration) found.set(filingId, registration)
      }
      return found
    },
  }
}
