import type { FilingTypeRule } from '../policy/profile.schema'
import { asShownTo } from '../policy/sources'
import type { Source } from '../result'

/** 跨省: the treatment place lies in another province than the insured region (the codes' first two digits). */
export const isCrossProvince = (insuredRegion: string, destination: string): boolean =>
  insuredRegion.slice(0, 2) !== destination.slice(0, 2)

/** Whether a filing is 跨省, where its destination is known; unknown: the rules read as if no destination were. */
export interface FilingScope {
  crossProvince?: boolean
}

/** A row's source as the person sees it on a filing of this scope: 医保发〔2022〕22号 on a 省内 one is 参照. */
export const shownOnFiling =
  (profileId: string, { crossProvince }: FilingScope) =>
  <T extends { source: Source }>(item: T): T => ({
    ...item,
    source: asShownTo(profileId, item.source, crossProvince),
  })

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
