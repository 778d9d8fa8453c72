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

/** What a manual reimbursement needs, by the insured region's profile and the kind of care. */
export const claimChecklist = (
  insuredRegion: string,
  careType: CareType,
): { materials: ChecklistItem[] } => ({
  materials: profileFor(insuredRegion).checklist[careType].map((item) => ({
    ...item,
    label: MATERIAL_LABELS[item.kind],
  })),
})

export const missingRequired = (
  insuredRegion: string,
  careType: CareType,
  attached: readonly { kind: MaterialKind }[],
): ChecklistItem[] => {
  const have = new Set(attached.map((material) => material.kind))
  return claimChecklist(insuredRegion, careType).materials.filter(
    (item) => item.required && !have.has(item.kind),
  )
}
