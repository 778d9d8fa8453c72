import { regionLabel } from '@shared/regions/regions'
import type { ClaimSummary } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'

/** A claim in a list: the materials only counted; estimate and history when it is opened. */
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
})
