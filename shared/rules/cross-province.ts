import type { FilingTypeRule } from '../policy/profile.schema'

/** 跨省: the treatment place lies in another province than the insured region (the codes' first two digits). */
export const isCrossProvince = (insuredRegion: string, destination: string): boolean =>
  insuredRegion.slice(0, 2) !== destination.slice(0, 2)

/**
 * The change/cancel lock row a filing is under: the 跨省 row where a national rule over 跨省 filings replaces the
 * local value (赣 一(四) keeps its year inside Jiangxi); otherwise the type's one row.
 */
export const changeLockFor = (
  rule: FilingTypeRule,
  crossProvince: boolean | undefined,
): FilingTypeRule['changeLock'] => (crossProvince && rule.crossProvince?.changeLock) || rule.changeLock

/** Whether card settlement at home stops, by the same scope. */
export const homeSettlementFor = (
  rule: FilingTypeRule,
  crossProvince: boolean | undefined,
): FilingTypeRule['suspendsHomeSettlement'] =>
  (crossProvince && rule.crossProvince?.suspendsHomeSettlement) || rule.suspendsHomeSettlement
