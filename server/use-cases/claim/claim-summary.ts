import { regionLabel } from '@shared/regions/regions'
import { claimFlags } from '@shared/rules/claim-flags'
import type { ClaimSummary } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'

/** A claim in the staff queue: the materials only counted, what to look at twice flagged; the rest when opened. */
export const claimSummary = (record: ClaimRecord): ClaimSummary => ({
  claimId: record.claimId,
  status: record.status,
  insured: { name: record.insured.name, idNumberMasked: record.insured.idNumberMasked },
  insuredRegion: {
    code: record.insuredRegion,
    name: regionLabel(record.insuredRegion) ?? record.insuredRegion,
  },
  careType: record.careType,
  injury: record.injury ?? false,
  hospital: record.hospital,
  admissionDate: record.admissionDate,
  dischargeDate: record.dischargeDate,
  totalCost: record.totalCost,
  createdAt: record.createdAt,
  version: record.version,
  materialCount: record.materials.length,
  flags: claimFlags(record),
})

/** A claim in its owner's list: the staff summary without the flags, which are for staff only. */
export const ownClaimSummary = (record: ClaimRecord): Omit<ClaimSummary, 'flags'> => {
  const { flags: _forStaff, ...summary } = claimSummary(record)
  return summary
}
