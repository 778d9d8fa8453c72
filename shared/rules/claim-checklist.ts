import { MATERIAL_LABELS, type MaterialKind } from '../policy/materials'
import type { StandIn } from '../policy/profile.schema'
import { profileFor } from '../policy/profiles'
import type { CareType } from '../policy/vocabulary'
import type { Source } from '../result'
import { isVerifiedInvoice } from './verified-invoices'

export interface ChecklistItem {
  kind: MaterialKind
  label: string
  required: boolean
  source: Source
  standIn?: StandIn
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

/** Is the item answered by something other than an upload, as its row says (a verified e-invoice for the invoice)? */
const stoodInFor = (
  item: ChecklistItem,
  invoices: readonly { kind: string; verification?: { outcome: string } }[],
) => item.standIn?.by === 'verified_e_invoice' && invoices.some(isVerifiedInvoice)

export const missingRequired = (
  insuredRegion: string,
  careType: CareType,
  attached: readonly { kind: MaterialKind }[],
  injury = false,
  invoices: readonly { kind: string; verification?: { outcome: string } }[] = [],
): ChecklistItem[] => {
  const have = new Set(attached.map((material) => material.kind))
  return claimChecklist(insuredRegion, careType, injury).materials.filter(
    (item) => item.required && !have.has(item.kind) && !stoodInFor(item, invoices),
  )
}
