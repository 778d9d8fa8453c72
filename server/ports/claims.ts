import type { CareType, InsuranceType } from '@shared/policy/vocabulary'
import type { Estimate } from '@shared/rules/estimate'
import type { ClaimStatus } from '@shared/schemas/claim.schema'
import type { AttachedMaterial, HistoryEntry } from '@shared/schemas/filing.schema'
import type { Notification } from './outbox'

export interface ClaimRecord {
  claimId: string
  owner: string
  idempotencyKey: string
  version: number
  status: ClaimStatus
  createdAt: string
  updatedAt: string
  insured: { name: string; phone: string; idNumberSealed: string; idHash: string; idNumberMasked: string }
  insuredRegion: string
  insuranceType: InsuranceType
  filingId: string | null
  careType: CareType
  hospital: { name: string; regionCode: string; level?: 1 | 2 | 3 }
  admissionDate: string
  dischargeDate: string | null
  totalCost: number
  eligibleCost: number | null
  estimate: Estimate
  materials: AttachedMaterial[]
  history: HistoryEntry[]
}

export interface Claims {
  add(record: ClaimRecord): Promise<'added' | 'duplicate_key'>
  byKey(owner: string, idempotencyKey: string): Promise<ClaimRecord | undefined>
  get(claimId: string): Promise<ClaimRecord | undefined>
  listByOwner(owner: string): Promise<ClaimRecord[]>
  /** Compare-and-set on the version, as for filings. */
  replace(record: ClaimRecord, expected: number, notifications?: readonly Notification[]): Promise<boolean>
  /** Any claim referencing the filing means costs were incurred at the filed place (济宁 四(一)). */
  referenceFiling(filingId: string): Promise<boolean>
  byStatus(statuses: readonly ClaimStatus[], limit: number): Promise<ClaimRecord[]>
}
