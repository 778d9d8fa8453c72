import { ruleFor } from '../policy/profiles'
import { citedAs } from '../policy/sources'
import type { Source } from '../result'
import type { IsoDate } from '../time/calendar'
import { type FilingScope, shownOnFiling } from './cross-province'
import { type FilingFacts, isLapsedSupplement } from './filing-status'

type VisitCoverage = { directSettlement: boolean; reason: string; source: Source }

const visitCoverageUnder = (facts: FilingFacts, visit: IsoDate): VisitCoverage => {
  const { profile, rule } = ruleFor(facts)
  const { stayWithinValidity, manualAfterwards } = profile.citations
  const limit = rule.settlementLimit
    ? `（注意：本备案门诊、住院各限直接结算 ${rule.settlementLimit.value.outpatient} 次）`
    : ''
  const no = (reason: string, source: Source) => ({ directSettlement: false, reason, source })

  if (facts.cancelled) return no('该备案已撤销，这次门诊不能按此备案直接结算', stayWithinValidity)
  if (isLapsedSupplement(facts, visit))
    return no(
      '就诊时承诺补充的材料已逾期未补充，备案已失效',
      rule.supplement ? citedAs(rule.supplement) : stayWithinValidity,
    )
  if (facts.outstandingMaterials.length > 0 && facts.effectiveOn === 'on_supplement')
    return no('备案待补充材料，补充后生效；补充前的门诊费用不能按此备案直接结算', rule.supplement!.source)
  if (facts.validUntil !== null && visit > facts.validUntil)
    return no(
      `就诊日期晚于备案有效期（至 ${facts.validUntil}），请重新办理备案`,
      citedAs(rule.validityMonths),
    )
  if (visit < facts.validFrom)
    return no(
      `就诊日期早于备案开始日期（${facts.validFrom}）：这次门诊不能按此备案直接结算，可按规定申请手工报销`,
      manualAfterwards,
    )
  return {
    directSettlement: true,
    reason: `就诊日期在备案有效期内${limit}`,
    source: citedAs(rule.validityMonths),
  }
}

/**
 * Does the filing count on the day of an outpatient visit? The stay rules (入院/出院) do not apply to one day. The
 * answer cites as the person reads it on a filing of this scope.
 */
export const visitCoverage = (facts: FilingFacts & FilingScope, visit: IsoDate): VisitCoverage =>
  shownOnFiling(facts.profile, facts)(visitCoverageUnder(facts, visit))
