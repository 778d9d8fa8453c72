import type { FilingTypeRule } from '../policy/profile.schema'
import type { IsoDate } from '../time/calendar'

/** The validity as every page writes it: 2026-11-23 至 2027-05-22, or 2026-11-23 起长期有效. */
export const validityPeriod = (filing: { validFrom: IsoDate; validUntil: IsoDate | null }): string =>
  filing.validUntil ? `${filing.validFrom} 至 ${filing.validUntil}` : `${filing.validFrom} 起长期有效`

/** What a filing type means for the person, read from its rows: how long it lasts, whether it locks. */
export const typeSummary = (rule: FilingTypeRule): string => {
  const months = rule.validityMonths.value
  const validity = months === null ? '长期有效' : `有效期 ${months} 个月`
  const lock = rule.changeLock.value
  const locked = lock.kind === 'months' ? `；${lock.months} 个月内原则上不能变更或撤销` : ''
  const points = rule.ratioReductionPoints.value
  const atMost = rule.ratioReductionPoints.ceiling ? '最多' : ''
  const reduced = points > 0 ? `；报销比例比在本地就医${atMost}低 ${points} 个百分点` : ''
  return `${validity}${locked}${reduced}`
}
