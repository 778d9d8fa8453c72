import type { FilingType, InsuranceType } from '@shared/policy/vocabulary'

/** What a filing's registration on the platform is: its first registration, then its amendments. */
export const FILING_OPERATIONS = ['register', 'change', 'cancel', 'void'] as const
export type FilingOperation = (typeof FILING_OPERATIONS)[number]

/** The 备案 as the 医保信息平台 records it (annex 1's fields), with the plain ID number it needs. */
export interface FilingMessage {
  /** The message id: the same on every retry of one registration, so a repeat is answered, not applied. */
  msgid: string
  operation: FilingOperation
  filingId: string
  /** For change, cancel and void: the platform's number of the registration they amend. */
  registrationNumber?: string
  person: { name: string; idNumber: string; phone: string }
  insuredRegion: string
  insuranceType: InsuranceType
  filingType: FilingType
  destination: string
  validFrom: string
  validUntil: string | null
  /** Why it was cancelled or voided. */
  reason?: string
  /** When the change happened here. */
  at: string
}

/** The platform's answer to a message; `unavailable` (5xx, timeout, no network) is worth retrying. */
export type CoreAnswer =
  | { outcome: 'accepted'; number?: string; at: string }
  | { outcome: 'refused'; reason: string; field?: string }
  | { outcome: 'unavailable'; reason: string }

/** A 备案 the platform already holds for the person, whichever channel made it (national app, this one). */
export interface PlatformFiling {
  number: string
  destination: string
  filingType?: FilingType
  validFrom: string
  validUntil: string | null
  /** Our own filing's id when this product made it. */
  filingId?: string
}

export type InsuredAnswer =
  | { outcome: 'insured'; insuredRegion?: string; insuranceType?: InsuranceType; filings: PlatformFiling[] }
  | { outcome: 'not_insured' }
  | { outcome: 'unavailable'; reason: string }

/** A staff decision on a claim and what was paid, for the platform's settlement records. */
export interface ClaimReport {
  msgid: string
  claimId: string
  person: { name: string; idNumber: string }
  insuredRegion: string
  decision: 'approved' | 'rejected' | 'paid'
  totalCost: number
  /** What the fund pays (the estimate, until the agency records the approved amount). */
  approvedAmount?: number
  paidAmount?: number
  note?: string
  at: string
}

/** The agency's 医保信息平台: the system that makes a filing count for direct settlement. */
export interface InsuranceCore {
  register(message: FilingMessage): Promise<CoreAnswer>
  lookUp(person: { name: string; idNumber: string }, msgid: string): Promise<InsuredAnswer>
  report(message: ClaimReport): Promise<CoreAnswer>
}
