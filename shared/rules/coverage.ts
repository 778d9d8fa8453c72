import { ruleFor } from '../policy/profiles'
import { citedAs } from '../policy/sources'
import { fail, ok, type Result, type Source } from '../result'
import type { IsoDate } from '../time/calendar'
import { type FilingScope, shownOnFiling } from './cross-province'
import { type FilingFacts, isLapsedSupplement } from './filing-status'

export interface StayCoverage {
  directSettlement: boolean
  reason: string
  source: Source
}

/**
 * Will a hospital stay settle directly under this filing? Each answer cites the filing's own profile, as the person
 * reads it on a filing of this scope (参照 where the clause does not govern it).
 */
export const stayCoverage = (
  facts: FilingFacts & FilingScope,
  admission: IsoDate,
  discharge?: IsoDate,
): Result<StayCoverage> => {
  if (discharge !== undefined && discharge < admission) {
    return fail({ code: 'VALIDATION', message: '出院日期不能早于入院日期', path: 'dischargeDate' })
  }
  const shown = shownOnFiling(facts.profile, facts)
  const answer = (directSettlement: boolean, reason: string, from: Source): Result<StayCoverage> =>
    ok(shown({ directSettlement, reason, source: from }))
  const { profile, rule } = ruleFor(facts)
  const { stayWithinValidity: stayRule, beforeDischarge, manualAfterwards } = profile.citations
  const limit = rule.settlementLimit
    ? `（注意：本备案门诊、住院各限直接结算 ${rule.settlementLimit.value.inpatient} 次）`
    : ''

  if (facts.cancelled) return answer(false, '该备案已撤销，本次住院不能按此备案直接结算', stayRule)
  if (isLapsedSupplement(facts, admission)) {
    return answer(
      false,
      '入院时承诺补充的材料已逾期未补充，备案已失效',
      rule.supplement ? citedAs(rule.supplement) : stayRule,
    )
  }
  if (facts.outstandingMaterials.length > 0 && facts.effectiveOn === 'on_supplement') {
    return answer(
      false,
      '备案待补充材料，补充后生效；补充前发生的费用不能按此备案直接结算',
      rule.supplement!.source,
    )
  }
  if (facts.validUntil !== null && admission > facts.validUntil) {
    return answer(
      false,
      `入院日期晚于备案有效期（至 ${facts.validUntil}），请重新办理备案`,
      rule.validityMonths.source,
    )
  }
  if (facts.validFrom <= admission) {
    return answer(true, `入院日期在备案有效期内，出院时不受有效期限制，可直接结算${limit}`, stayRule)
  }
  if (discharge === undefined) {
    return answer(true, `尚未出院：出院结算前完成备案的，可直接结算${limit}`, beforeDischarge)
  }
  if (facts.validFrom <= discharge) {
    return answer(
      true,
      `备案开始日期晚于入院、早于出院，视为有效备案，可直接结算该次住院费用${limit}`,
      beforeDischarge,
    )
  }
  return answer(
    false,
    '备案开始日期晚于出院日期：本次住院不能直接结算，可按规定申请手工报销',
    manualAfterwards,
  )
}
