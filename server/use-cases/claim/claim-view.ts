import { regionLabel } from '@shared/regions/regions'
import { missingRequired } from '@shared/rules/claim-checklist'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'
import { shownHistory } from '../record-access'

export const claimView = (record: ClaimRecord): ClaimView => ({
  claimId: record.claimId,
  status: record.status,
  insured: { name: record.insured.name, idNumberMasked: record.insured.idNumberMasked },
  insuredRegion: {
    code: record.insuredRegion,
    name: regionLabel(record.insuredRegion) ?? record.insuredRegion,
  },
  insuranceType: record.insuranceType,
  filingId: record.filingId,
  careType: record.careType,
  injury: record.injury ?? false,
  hospital: record.hospital,
  admissionDate: record.admissionDate,
  dischargeDate: record.dischargeDate,
  totalCost: record.totalCost,
  estimate: record.estimate,
  materials: record.materials,
  missingMaterials: missingRequired(
    record.insuredRegion,
    record.careType,
    record.materials,
    record.injury,
  ).map(({ kind, label }) => ({ kind, label })),
  history: shownHistory(record.history),
  createdAt: record.createdAt,
  version: record.version,
})
