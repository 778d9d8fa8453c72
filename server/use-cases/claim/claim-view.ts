import { regionLabel } from '@shared/regions/regions'
import { missingRequired } from '@shared/rules/claim-checklist'
import { claimFlags } from '@shared/rules/claim-flags'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'
import { shownHistory } from '../record-access'

/** The claim as its owner sees it; staff also get the flags (`forStaff`). The account number stays sealed. */
export const claimView = (record: ClaimRecord, forStaff = false): ClaimView => ({
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
  // Estimates stored before the reduction was given in yuan read as none.
  estimate: { ...record.estimate, reductionYuan: record.estimate.reductionYuan ?? 0 },
  materials: record.materials,
  missingMaterials: missingRequired(
    record.insuredRegion,
    record.careType,
    record.materials,
    record.injury,
    record.invoices,
  ).map(({ kind, label }) => ({ kind, label })),
  history: shownHistory(record.history),
  createdAt: record.createdAt,
  version: record.version,
  payee: record.payee
    ? {
        kind: record.payee.kind,
        bankName: record.payee.bankName,
        holder: record.payee.holder,
        accountMasked: record.payee.accountMasked,
      }
    : null,
  invoices: record.invoices ?? [],
  notices: record.notices ?? [],
  approval: record.approval ?? null,
  lineNotes: record.lineNotes ?? [],
  payment: record.payment
    ? {
        paidAmount: record.payment.paidAmount,
        paidAt: record.payment.paidAt,
        reference: record.payment.reference,
        ...(record.payment.note ? { note: record.payment.note } : {}),
      }
    : null,
  ...(forStaff ? { flags: claimFlags(record) } : {}),
})

/** Staff see flags on every claim they open; the owner never does. */
export const claimViewFor = (record: ClaimRecord, caller: string) =>
  claimView(record, record.owner !== caller)
