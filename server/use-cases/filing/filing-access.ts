import { ok, type Result } from '@shared/result'
import type { FilingRecord } from '../../ports/filings'
import { type Call, changeRecord, notFound } from '../call'

/** Owners see their own filings, staff see all, anyone else is told it does not exist. */
export const readableFiling = async (call: Call, filingId: string): Promise<Result<FilingRecord>> => {
  const record = await call.ports.filings.get(filingId)
  if (record && (record.owner === call.caller || (await call.ports.staff.includes(call.caller))))
    return ok(record)
  return notFound('备案')
}

export const ownFiling = async (call: Call, filingId: string): Promise<Result<FilingRecord>> => {
  const record = await call.ports.filings.get(filingId)
  return record && record.owner === call.caller ? ok(record) : notFound('备案')
}

/** One state change: reload, decide, compare-and-set, with the history entry appended. */
export const changeFiling = (
  call: Call,
  load: () => Promise<Result<FilingRecord>>,
  change: (record: FilingRecord) => Promise<Result<FilingRecord>> | Result<FilingRecord>,
) =>
  changeRecord(
    load,
    async (record) => {
      const next = await change(record)
      return next.ok ? ok({ ...next.value, updatedAt: call.at }) : next
    },
    (next, expected) => call.ports.filings.replace(next, expected),
  )

export const withHistory = (
  record: FilingRecord,
  entry: { at: string; action: string; by: string; note?: string },
): FilingRecord => ({ ...record, history: [...record.history, entry] })
