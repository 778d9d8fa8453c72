import type { FilingTypeRule } from '../policy/profile.schema'
import type { FilingStatus } from '../policy/vocabulary'
import type { IsoDate } from '../time/calendar'

interface Validity {
  validFrom: IsoDate
  validUntil: IsoDate | null
  /** A filing's status: 待补充材料 is not in force yet. */
  status?: FilingStatus
  /** A quote's: false when the filing waits for its material (承诺补充). */
  effectiveOnSubmit?: boolean
}

/** Not in force until the material is in, so no start date is promised (the supplement's day starts it). */
const waitsForMaterial = (record: Validity) =>
  record.status === 'pending_supplement' || record.effectiveOnSubmit === false

/**
 * The validity as every page writes it: 2026-11-23 至 2027-05-22, or 2026-11-23 起长期有效; a filing still
 * waiting for its material says so instead: 补充材料后生效，长期有效.
 */
export const validityPeriod = (record: Validity): string => {
  if (waitsForMaterial(record))
    return `补充材料后生效，${record.validUntil ? `有效期至 ${record.validUntil}` : '长期有效'}`
  return record.validUntil ? `${record.validFrom} 至 ${record.validUntil}` : `${record.validFrom} 起长期有效`
}

/** An example value is said to be one wherever its figure is shown. */
const example = (row: { illustrative?: boolean }) => (row.illustrative ? '（示例数值）' : '')

/** What a filing type means for the person, read from its rows: how long it lasts, whether it locks. */
export const typeSummary = (rule: FilingTypeRule): string => {
  const months = rule.validityMonths.value
  const atLeast = rule.validityMonths.floor ? '不少于' : ''
  const validity =
    months === null ? '长期有效' : `有效期${atLeast} ${months} 个月${example(rule.validityMonths)}`
  const lock = rule.changeLock.value
  const cross = rule.crossProvince?.changeLock
  // 赣州: the notice's year inside the province, the national cap for 跨省 filings.
  const crossText =
    cross?.value.kind === 'months' ? `（跨省备案不超过 ${cross.value.months} 个月${example(cross)}）` : ''
  const locked =
    lock.kind === 'months'
      ? `；${lock.months} 个月内原则上不能变更或撤销${example(rule.changeLock)}${crossText}`
      : ''
  const points = rule.ratioReductionPoints.value
  const atMost = rule.ratioReductionPoints.ceiling ? '最多' : ''
  const reduced =
    points > 0
      ? `；报销比例比在本地就医${atMost}低 ${points} 个百分点${example(rule.ratioReductionPoints)}`
      : ''
  return `${validity}${locked}${reduced}`
}
