import { maskIdNumbersIn } from '@shared/identity/mask-id-numbers'
import { fail, ok, type Result } from '@shared/result'
import type { HistoryEntry } from '@shared/schemas/responses.schema'
import type { Notification } from '../ports/outbox'
import type { OutgoingRegistration } from '../ports/registrations'
import type { Call } from './call'

interface OwnedRecord {
  owner: string
  version: number
  updatedAt: string
  history: HistoryEntry[]
}

interface RecordStore<R> {
  get(id: string): Promise<R | undefined>
  replace(
    record: R,
    expected: number,
    notifications?: readonly Notification[],
    registrations?: readonly OutgoingRegistration[],
  ): Promise<boolean>
}

export const notFound = <T>(what: string): Result<T> => fail({ code: 'NOT_FOUND', message: `${what}不存在` })

/**
 * Compare-and-set with a few retries: a concurrent writer makes us reload and decide again,
 * so a second cancel sees the first one's result instead of overwriting it.
 */
const changeRecord = async <R extends { version: number }>(
  load: () => Promise<Result<R>>,
  change: (current: R) => Promise<Result<R>> | Result<R>,
  save: (next: R, current: R) => Promise<boolean>,
): Promise<Result<R>> => {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await load()
    if (!current.ok) return current
    const next = await change(current.value)
    if (!next.ok) return next
    if (await save(next.value, current.value))
      return ok({ ...next.value, version: current.value.version + 1 })
  }
  return fail({ code: 'CONFLICT', message: '记录正在被同时修改，请刷新后重试' })
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

  /** Any record of the kind, for staff (the staff function checked the role). */
  any: async (call: Call, id: string): Promise<Result<R>> => {
    const record = await store(call).get(id)
    return record ? ok(record) : notFound(label)
  },

  change: (
    call: Call,
    load: () => Promise<Result<R>>,
    change: (record: R) => Promise<Result<R>> | Result<R>,
    /** What the user should hear of the new state, written with it. */
    announce: (next: R) => readonly Notification[] = () => [],
    /** What the 医保信息平台 must hear of the change (filings), written with it. */
    dispatch: (next: R, previous: R) => readonly OutgoingRegistration[] = () => [],
  ): Promise<Result<R>> =>
    changeRecord(
      load,
      async (record) => {
        const next = await change(record)
        return next.ok ? ok({ ...next.value, updatedAt: call.at }) : next
      },
      (next, current) => store(call).replace(next, current.version, announce(next), dispatch(next, current)),
    ),
})

/** A note typed into a record (a staff note, a cancel reason) is kept with any ID number in it masked. */
const masked = (entry: HistoryEntry): HistoryEntry =>
  entry.note === undefined ? entry : { ...entry, note: maskIdNumbersIn(entry.note) }

export const withHistory = <R extends { history: HistoryEntry[] }>(record: R, entry: HistoryEntry): R => ({
  ...record,
  history: [...record.history, masked(entry)],
})

/** History as shown: masked again on the way out, for notes stored before masking at write. */
export const shownHistory = (history: HistoryEntry[]): HistoryEntry[] => history.map(masked)
