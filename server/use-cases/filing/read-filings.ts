import { mapOk, ok, type Result } from '@shared/result'
import { type StayCoverage, stayCoverage } from '@shared/rules/coverage'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import type { FilingDraft } from '@shared/schemas/filing.schema'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { recordsForMe } from '../identity/records-for-me'
import { readableFiling } from './filing-access'
import { filingView } from './filing-view'

/** What the draft would become, for the confirmation card. Writes nothing. */
export const quote = (call: Call, draft: FilingDraft): Result<FilingQuote> => quoteFiling(draft, call.today)

export const listFilings = async (call: Call): Promise<Result<{ items: FilingView[] }>> => {
  const { filings } = call.ports
  const records = await recordsForMe(
    call,
    filings.listByOwner,
    filings.listByPerson,
    (record) => record.filingId,
  )
  return ok({
    items: records.map((record) => ({
      ...filingView(record, call.today),
      ...(record.filedByOther ? { filedByOther: true } : {}),
    })),
  })
}

export const getFiling = async (call: Call, filingId: string): Promise<Result<FilingView>> =>
  mapOk(await readableFiling(call, filingId), (record) => filingView(record, call.today))

export const filingCoverage = async (
  call: Call,
  filingId: string,
  admissionDate: string,
  dischargeDate?: string,
): Promise<Result<StayCoverage>> => {
  const record = await readableFiling(call, filingId)
  return record.ok ? stayCoverage(record.value.facts, admissionDate, dischargeDate) : record
}
