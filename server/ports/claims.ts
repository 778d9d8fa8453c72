import type { PayeeKind } from '@shared/policy/payee'
import type { CareType, ClaimStatus, HospitalLevel, InsuranceType } from '@shared/policy/vocabulary'
import type { Estimate, EstimateInput } from '@shared/rules/estimate'
import type { Notice } from '@shared/rules/notices'
import type { AttachedMaterial } from '@shared/schemas/filing.schema'
import type { CheckedInvoice } from '@shared/schemas/invoice-check.schema'
import type { LineNote } from '@shared/schemas/line-notes.schema'
import type { HistoryEntry } from '@shared/schemas/responses.schema'
import type { InsuredRecord } from './insured-record'
import type { ListPosition } from './list-position'
import type { Notification } from './outbox'
import type { OutgoingRegistration } from './registrations'

export interface ClaimRecord {
  claimId: string
  owner: string
  idempotencyKey: string
  /** Fingerprint of the request that created it (see use-cases/idempotency); absent on older records. */
  requestHash?: string
  version: number
  status: ClaimStatus
  createdAt: string
  updatedAt: string
  insured: InsuredRecord
  insuredRegion: string
  insuranceType: InsuranceType
  filingId: string | null
  careType: CareType
  /** An injury with no third party liable: the checklist asks for the commitment where the profile uses it. */
  injury?: boolean
  /** `listed`: chosen from the directory (its code found there); typed hospitals are 未核验. */
  hospital: { name: string; regionCode: string; level?: HospitalLevel; code?: string; listed?: boolean }
  admissionDate: string
  dischargeDate: string | null
  totalCost: number
  eligibleCost: number | null
  estimate: Estimate
  /** What the estimate was made from, so an e-invoice verified later estimates it again; absent on older records. */
  estimateBasis?: EstimateInput
  materials: AttachedMaterial[]
  history: HistoryEntry[]
  /** Absent on records from before payees, invoices and amounts were kept. */
  payee?: PayeeRecord
  /** E-invoices carry what the verification service said (use-cases/claim/verify-invoices). */
  invoices?: CheckedInvoice[]
  /** Why the claim is estimated as it is: a filing that did not cover the stay, say. */
  notices?: Notice[]
  approval?: { approvedAmount: number; note?: string; at: string }
  /** The reviewer's reason on single materials and estimate lines, from the last decision that gave them. */
  lineNotes?: LineNote[]
  payment?: { paidAmount: number; paidAt: string; reference: string; note?: string; at: string }
  /** When its owner had its uploads and sealed fields deleted (use-cases/privacy/erase-record). */
  erasedAt?: string
}

/** The account the fund pays into: the number sealed like an ID number, shown only masked. */
export interface PayeeRecord {
  kind: PayeeKind
  bankName: string
  holder: string
  accountSealed: string
  accountMasked: string
}

export interface Claims {
  add(record: ClaimRecord): Promise<'added' | 'duplicate_key'>
  byKey(owner: string, idempotencyKey: string): Promise<ClaimRecord | undefined>
  get(claimId: string): Promise<ClaimRecord | undefined>
  listByOwner(owner: string): Promise<ClaimRecord[]>
  /** Every claim for the person, by anyone, newest first. */
  listByPerson(idHash: string): Promise<ClaimRecord[]>
  /** Compare-and-set on the version, as for filings; a decision's report to the platform is written with it. */
  replace(
    record: ClaimRecord,
    expected: number,
    notifications?: readonly Notification[],
    reports?: readonly OutgoingRegistration[],
  ): Promise<boolean>
  /** Any claim referencing the filing means costs were incurred at the filed place (济宁 四(一)). */
  referenceFiling(filingId: string): Promise<boolean>
  /** Oldest first: the longest waiting claim is reviewed first; from just past `after`. */
  byStatus(statuses: readonly ClaimStatus[], limit: number, after?: ListPosition): Promise<ClaimRecord[]>
  /**
   * Holds each invoice for this claim, all or none, on a unique key: an invoice another claim holds refuses
   * the whole call, however many callers race for it. Keys this claim already holds are kept.
   */
  holdInvoices(claimId: string, keys: readonly string[], at: string): Promise<'held' | 'taken'>
  /** Lets the claim's invoices go (withdrawn, rejected, or a hold whose write failed); all when no keys given. */
  releaseInvoices(claimId: string, keys?: readonly string[]): Promise<void>
}
