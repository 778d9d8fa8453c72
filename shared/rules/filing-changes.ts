import type { MaterialKind } from '../policy/materials'
import { ruleFor } from '../policy/profiles'
import { asShownTo } from '../policy/sources'
import { fail, ok, policyError, type Result, type Source } from '../result'
import { addMonths, type IsoDate } from '../time/calendar'
import { changeLockFor, type FilingScope } from './cross-province'
import { type FilingFacts, filingStatus } from './filing-status'

type Change = 'change' | 'cancel'
const VERB: Record<Change, string> = { change: '变更', cancel: '撤销' }

export interface AlterLock {
  /** The first day change and cancel are allowed again. */
  until: IsoDate
  /** 'after_costs': only once medical costs were incurred at the filed place (济宁 四(一)). */
  condition: 'always' | 'after_costs'
  /** Who says so: the profile, or the later rule that capped it. */
  basis: string
  months: number
  source: Source
}

/**
 * Whether the filing is 跨省 decides its lock where a profile has one for 跨省 filings (赣州), and whether
 * 医保发〔2022〕22号 governs it; unknown: the local lock, cited as today.
 */
type LockFacts = FilingScope

/**
 * The lock a filing is under today, if any, whether or not costs were incurred: the person is told before
 * they fill a form, and the server refuses with the same rule (赣州 一(四); 济宁 四(一); 医保发〔2022〕22号 二(三)).
 */
export const alterLockOf = (
  filing: { profile: string; filingType: FilingFacts['filingType']; validFrom: IsoDate } & LockFacts,
  today: IsoDate,
): AlterLock | undefined => {
  const { profile, rule } = ruleFor(filing)
  const row = changeLockFor(rule, filing.crossProvince)
  const lock = row.value
  if (lock.kind === 'none') return undefined
  const until = addMonths(filing.validFrom, lock.months)
  if (today >= until) return undefined
  return {
    until,
    condition: lock.condition,
    basis: row.supersedes ? `跨省备案按${row.source.doc}` : `${profile.name}规定`,
    months: lock.months,
    source: asShownTo(profile.id, row.source, filing.crossProvince),
  }
}

/** Change and cancel share one lock. */
const mayAlter = (what: Change, facts: FilingFacts & LockFacts, today: IsoDate): Result<true> => {
  const status = filingStatus(facts, today)
  if (status === 'cancelled') return fail({ code: 'CONFLICT', message: `该备案已撤销，不能${VERB[what]}` })
  if (status === 'expired' && what === 'change') {
    return fail({ code: 'CONFLICT', message: '该备案已过期或已失效，请重新办理备案' })
  }
  const lock = alterLockOf(facts, today)
  if (!lock || (lock.condition === 'after_costs' && !facts.costsIncurred)) return ok(true)
  const why = lock.condition === 'after_costs' ? '已在备案地发生医疗费用，' : ''
  return policyError(
    'CHANGE_LOCKED',
    `${lock.basis}：${why}备案满 ${lock.months} 个月后方可${VERB[what]}，即 ${lock.until} 起。如有客观原因，请联系参保地医保经办机构`,
    lock.source,
  )
}

export const mayChange = (facts: FilingFacts & LockFacts, today: IsoDate) => mayAlter('change', facts, today)
export const mayCancel = (facts: FilingFacts & LockFacts, today: IsoDate) => mayAlter('cancel', facts, today)

/** 承诺补充: supplied materials are no longer owed; where the profile says so, the filing is now effective. */
export const applySupplement = (facts: FilingFacts, supplied: MaterialKind[]): FilingFacts => ({
  ...facts,
  outstandingMaterials: facts.outstandingMaterials.filter((kind) => !supplied.includes(kind)),
})
