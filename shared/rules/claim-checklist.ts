import { MATERIAL_LABELS, type MaterialKind } from '../policy/materials'
import { profileFor } from '../policy/profiles'
import type { CareType } from '../policy/vocabulary'
import type { Source } from '../result'

export interface ChecklistItem {
  kind: MaterialKind
  label: string
  required: boolean
  source: Source
}

/**
 * What a manual reimbursement needs, by the insured region's profile and the kind of care; `injury`: costs of an
 * injury the person says nobody else caused, which asks for the 外伤无第三方责任承诺书 where the profile uses it.
 */
export const claimChecklist = (
  insuredRegion: string,
  careType: CareType,
  injury = false,
): { materials: ChecklistItem[] } => {
  const profile = profileFor(insuredRegion)
  const trauma = injury ? profile.traumaCommitment : null
  const rows = [
    ...profile.checklist[careType],
    ...(trauma ? [{ kind: 'trauma_commitment' as const, required: true, source: trauma.source }] : []),
  ]
  return { materials: rows.map((item) => ({ ...item, label: MATERIAL_LABELS[item.kind] })) }
}

/**
 * An e-invoice the agency's verification service confirmed is the invoice itself, read from the issuer's record:
 * no photo of it is asked for (济宁 七 calls for 医疗收费电子票据 in online manual reimbursement).
 */
const standsForInvoicePhoto = (invoices: readonly { verification?: { outcome: string } }[]) =>
  invoices.some((invoice) => invoice.verification?.outcome === 'verified')

export const missingRequired = (
  insuredRegion: string,
  careType: CareType,
  attached: readonly { kind: MaterialKind }[],
  injury = false,
  invoices: readonly { verification?: { outcome: string } }[] = [],
): ChecklistItem[] => {
  const have = new Set(attached.map((material) => material.kind))
  if (standsForInvoicePhoto(invoices)) have.add('invoice')
  return claimChecklist(insuredRegion, careType, injury).materials.filter(
    (item) => item.required && !have.has(item.kind),
  )
}
