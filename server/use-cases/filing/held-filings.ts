import type { HeldFiling } from '@shared/rules/filing-overlap'
import type { Call } from '../call'

/** The caller's filings for one insured person (by the ID number's hash), as the overlap rule reads them. */
export const heldFilings = async (call: Call, idHash: string): Promise<HeldFiling[]> =>
  (await call.ports.filings.ownedForPerson(call.caller, idHash)).map((record) => ({
    filingId: record.filingId,
    targetCode: record.target.code,
    targetName: record.target.name,
    facts: record.facts,
  }))
