import type { MaterialKind } from '../policy/materials'
import { type FilingStatus, type FilingType, isLongTerm } from '../policy/vocabulary'
import type { IsoDate } from '../time/calendar'

/** What the server keeps about a filing to apply the rules; status is derived, never stored. */
export interface FilingFacts {
  profile: string
  filingType: FilingType
  validFrom: IsoDate
  validUntil: IsoDate | null
  supplementDeadline: IsoDate | null
  effectiveOn: 'on_submit' | 'on_supplement'
  outstandingMaterials: MaterialKind[]
  cancelled: boolean
  /** Medical costs were incurred at the filed place (济宁 四(一) locks change/cancel only then). */
  costsIncurred: boolean
}

export const isLapsedSupplement = (facts: FilingFacts, today: IsoDate): boolean =>
  facts.outstandingMaterials.length > 0 &&
  facts.supplementDeadline !== null &&
  today > facts.supplementDeadline

/** Expiry is computed from validity on every read, so no job has to run at midnight. */
export const filingStatus = (facts: FilingFacts, today: IsoDate): FilingStatus => {
  if (facts.cancelled) return 'cancelled'
  if (isLapsedSupplement(facts, today)) return 'expired'
  if (facts.validUntil !== null && today > facts.validUntil) return 'expired'
  if (facts.outstandingMaterials.length > 0 && facts.effectiveOn === 'on_supplement')
    return 'pending_supplement'
  return 'effective'
}

/** A long-term filing that still counts: one per insured person at a time. */
export const isActiveLongTerm = (facts: FilingFacts, today: IsoDate): boolean =>
  isLongTerm(facts.filingType) && ['effective', 'pending_supplement'].includes(filingStatus(facts, today))
