import { mapOk, ok, type Result } from '@shared/result'
import { type StayCoverage, stayCoverage } from '@shared/rules/coverage'
import { type ExistingFiling, existingFilings } from '@shared/rules/filing-overlap'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import { outstandingLabels } from '@shared/rules/submission'
import type { FilingDraft } from '@shared/schemas/filing.schema'
import type { FilingView, OwnFilingSummary } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { recordsForMe } from '../identity/records-for-me'
import { sealInsured } from '../seal-insured'
import { readableFiling } from './filing-access'
import { filingSummary } from './filing-summary'
import { filingView } from './filing-view'
import { heldFilings } from './held-filings'

/**
 * What the draft would become, for the confirmation card, with the person's filings it would overlap
 * (an identical one is refused at submit). Writes nothing.
 */
export const quote = async (
  call: Call,
  draft: FilingDraft,
): Promise<Result<FilingQuote & { existing: ExistingFiling[] }>> => {
  const quoted = quoteFiling(draft, call.today)
  if (!quoted.ok) return quoted
  const held = await heldFilings(call, sealInsured(call, draft.insured).idHash)
  const { filingType, target, validFrom, validUntil } = quoted.value
  const existing = existingFilings(
    { filingType, targetCode: target.code, validFrom, validUntil },
    held,
    call.today,
  )
  return ok({ ...quoted.value, existing })
}

/** The caller's own filings and those made in their verified name, newest first: summaries, details on open. */
export const listFilings = async (call: Call): Promise<Result<{ items: OwnFilingSummary[] }>> => {
  const { filings } = call.ports
  const records = await recordsForMe(
    call,
    filings.listByOwner,
    filings.listByPerson,
    (record) => record.filingId,
  )
  return ok({
    items: records.map((record) => ({
      ...filingSummary(record, call.today),
      outstandingMaterials: outstandingLabels(record.facts),
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
