import type { FilingRecord } from '../../ports/filings'
import { recordAccess } from '../record-access'

const filings = recordAccess<FilingRecord>((call) => call.ports.filings, '备案')

export const readableFiling = filings.readable
export const ownFiling = filings.own
export const anyFiling = filings.any
export const changeFiling = filings.change
