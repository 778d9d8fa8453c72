import { ok, type Result } from '@shared/result'
import type { HistoryEntry } from '@shared/schemas/filing.schema'
import type { Notification } from '../ports/outbox'
import { type Call, changeRecord, notFound } from './call'

interface OwnedRecord {
  owner: string
  version: number
  updatedAt: string
  history: HistoryEntry[]
}

interface RecordStore<R> {
  get(id: string): Promise<R | undefined>
  replace(record: R, expected: number, notifications?: readonly Notification[]): Promise<boolean>
}

/**
 * Reading and changing one kind of record: owners see their own, staff see all, anyone else is told it
 * does not exist; a change reloads, decides and compares-and-sets.
 */
export const recordAccess = <R extends OwnedRecord>(
  store: (call: Call) => RecordStore<R>,
  label: string,
) => ({
  readable: async (call: Call, id: string): Promise<Result<R>> => {
    const record = await store(call).get(id)
    if (record && (record.owner === call.caller || (await call.ports.staff.includes(call.caller))))
      return ok(record)
    return notFound(label)
  },

  own: async (call: Call, id: string): Promise<Result<R>> => {
    const record = await store(call).get(id)
    return record && record.owner === call.caller ? ok(record) : notFound(label)
  },

  change: (
    call: Call,
    load: () => Promise<Result<R>>,
    change: (record: R) => Promise<Result<R>> | Result<R>,
    /** What the user should hear of the new state, written with it. */
    announce: (next: R) => readonly Notification[] = () => [],
  ): Promise<Result<R>> =>
    changeRecord(
      load,
      async (record) => {
        const next = await change(record)
        return next.ok ? ok({ ...next.value, updatedAt: call.at }) : next
      },
      (next, expected) => store(call).replace(next, expected, announce(next)),
    ),
})

export const withHistory = <R extends { history: HistoryEntry[] }>(record: R, entry: HistoryEntry): R => ({
  ...record,
  history: [...record.history, entry],
})
