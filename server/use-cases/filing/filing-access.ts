import type { Result } from '@shared/result'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { mustBeVerified } from '../identity/acting-for'
import { recordAccess } from '../record-access'

const filings = recordAccess<FilingRecord>((call) => call.ports.filings, '备案')

export const readableFiling = filings.readable
export const ownFiling = filings.own
export const anyFiling = filings.any
export const changeFiling = filings.change

/** The caller's own filing, to change: only while their account is verified. */
export const ownVerifiedFiling = async (call: Call, id: string): Promise<Result<FilingRecord>> => {
  const record = await ownFiling(call, id)
  if (!record.ok) return record
  const verified = await mustBeVerified(call)
  return verified.ok ? record : verified
}
