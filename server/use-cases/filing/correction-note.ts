import { INSURANCE_TYPE_LABELS } from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import type { FilingDraft } from '@shared/schemas/filing.schema'

/** The history's words for 参保信息 set otherwise than the platform records them, so staff see it and why. */
export const correctionNote = (correction: NonNullable<FilingDraft['correction']>) => {
  const platform = [
    correction.insuredRegion && `参保地 ${regionLabel(correction.insuredRegion) ?? correction.insuredRegion}`,
    correction.insuranceType && `参保类型 ${INSURANCE_TYPE_LABELS[correction.insuranceType]}`,
  ].filter(Boolean)
  return `申请人更正了医保信息平台登记的参保信息（平台：${platform.join('，') || '未登记'}），原因：${correction.reason}`
}
