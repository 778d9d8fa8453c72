import { MATERIAL_LABELS } from '../policy/materials'
import type { FilingTypeRule, Profile } from '../policy/profile.schema'
import { citedAs, EXAMPLE_SOURCE } from '../policy/sources'
import { isLongTerm } from '../policy/vocabulary'
import type { FilingRequestDraft } from '../schemas/filing.schema'
import { changeLockFor, homeSettlementFor, isCrossProvince } from './cross-province'
import { validityPeriod } from './filing-terms'
import { MATERIALS_NOTICE, type Notice, notice, TRAUMA_COMMITMENT_NOTICE } from './notices'
import type { FilingQuote } from './quote.types'

const lockText = (lock: FilingTypeRule['changeLock']['value']): string | undefined => {
  if (lock.kind === 'none') return undefined
  return lock.condition === 'after_costs'
    ? `未在备案地发生医疗费用的可随时变更或撤销；在备案地发生医疗费用后，备案满 ${lock.months} 个月方可变更或撤销`
    : `备案后 ${lock.months} 个月内原则上不能变更或撤销（客观原因除外）`
}

/** The lock in force; where it replaced a longer local one, the person is told, since the local one is what they may have read. */
const lockNotice = (row: FilingTypeRule['changeLock']): string | undefined => {
  const text = lockText(row.value)
  const old = row.supersedes?.value
  if (!text || old?.kind !== 'months' || row.value.kind !== 'months') return text
  return `${text}。${row.supersedes!.source.doc}规定 ${old.months} 个月；跨省备案按${row.source.doc}（${row.supersedes!.since} 印发）不超过 ${row.value.months} 个月执行`
}

/** 变更登记 a year, where the notice says (吉 二(二) lifted the cap of 2). */
const changesPerYearText = (row: NonNullable<FilingTypeRule['changesPerYear']>) =>
  row.value === null
    ? '一个自然年度内申请变更登记的次数不受限制（已取消每年 2 次的限制）'
    : `一个自然年度内最多申请变更登记 ${row.value} 次`

/** The consequences a person should know before submitting, each with the clause it comes from. */
export const filingNotices = (
  profile: Profile,
  rule: FilingTypeRule,
  draft: FilingRequestDraft,
  quote: Omit<FilingQuote, 'notices'>,
): Notice[] => {
  const notices: Notice[] = [
    notice(
      'TARGET',
      `备案到${quote.target.name}（${quote.target.level === 'province' ? '省级' : '市级'}统筹区），不指定具体医院，该地区联网定点医疗机构均可直接结算`,
      rule.targetSource ?? profile.citations.target,
    ),
    notice(
      'VALIDITY',
      quote.validUntil === null
        ? validityPeriod(quote)
        : `有效期 ${validityPeriod(quote)}，有效期内可多次就诊`,
      rule.validityMonths.source,
    ),
  ]
  const crossProvince = isCrossProvince(draft.insuredRegion, draft.destination)
  const lockRow = changeLockFor(rule, crossProvince)
  const lock = lockNotice(lockRow)
  if (lock) notices.push(notice('CHANGE_LOCK', lock, citedAs(lockRow)))
  if (rule.changesPerYear) {
    notices.push(
      notice('CHANGES_PER_YEAR', changesPerYearText(rule.changesPerYear), rule.changesPerYear.source),
    )
  }
  const home = homeSettlementFor(rule, crossProvince)
  if (home.value) {
    notices.push(notice('HOME_SETTLEMENT_SUSPENDED', profile.homeBenefits.value, home.source))
  } else if (home.supersedes) {
    // The local notice stops it and the person may have read so: they are told why it does not apply to them.
    notices.push(
      notice(
        'TWO_WAY',
        `跨省备案在备案有效期内确需回参保地就医的，无需撤销备案，可在参保地结算。${home.supersedes.source.doc}规定长期类备案暂停参保地刷卡结算；跨省备案按${home.source.doc}（${home.supersedes.since} 印发）执行`,
        home.source,
      ),
    )
  } else if (isLongTerm(draft.filingType)) {
    notices.push(notice('TWO_WAY', profile.homeBenefits.value, profile.homeBenefits.source))
  }
  if (rule.materialsNote) {
    notices.push(notice(MATERIALS_NOTICE, rule.materialsNote.value, rule.materialsNote.source))
  }
  const reduction = rule.ratioReductionPoints
  if (reduction.value > 0) {
    notices.push(
      notice(
        'RATIO_REDUCED',
        `支付比例较参保地本地就医降低${reduction.ceiling ? '不超过' : ''} ${reduction.value} 个百分点`,
        citedAs(reduction),
      ),
    )
  }
  if (rule.settlementLimit) {
    const limit = rule.settlementLimit.value
    notices.push(
      notice(
        'SETTLEMENT_LIMIT',
        `备案期间门诊、住院各限直接结算 ${limit.outpatient} 次；${limit.exception}`,
        rule.settlementLimit.source,
      ),
    )
  }
  const insideProvince = crossProvince ? undefined : profile.citations.catalogueInsideProvince
  notices.push(
    notice(
      'CATALOGUE',
      insideProvince?.text ??
        '药品和诊疗项目执行就医地支付范围，起付线、支付比例和最高支付限额执行参保地政策',
      insideProvince?.source ?? profile.citations.catalogue,
    ),
  )
  if (profile.outpatient?.value.direct) {
    const { personalAccount, chronicDiseases } = profile.outpatient.value
    const chronic =
      chronicDiseases.length > 0 ? `；${chronicDiseases.join('、')}等门诊慢特病费用也可直接结算` : ''
    notices.push(
      notice(
        'OUTPATIENT',
        `普通门诊和定点药店购药费用可直接结算${personalAccount ? '，职工医保可使用个人账户' : ''}${chronic}`,
        profile.outpatient.source,
      ),
    )
  }
  if (draft.admissionDate && draft.admissionDate < quote.validFrom) {
    notices.push(
      notice(
        'ADMITTED_FIRST',
        '备案开始日期晚于入院日期、早于出院日期的，本次住院视为有效备案，可直接结算',
        // A filing whose start lies before the discharge is one filed before the discharge settlement.
        profile.citations.beforeDischarge,
      ),
    )
  } else if (draft.admissionDate && profile.startsFromAdmission.value) {
    notices.push(
      notice('ADMITTED_FIRST', '先入院后备案的，按实际入院日期办理备案', profile.startsFromAdmission.source),
    )
  }
  if (draft.filingType === 'emergency') {
    notices.push(notice('EMERGENCY_UNFILED', profile.emergencyUnfiled.value, profile.emergencyUnfiled.source))
  }
  if (profile.traumaCommitment) {
    notices.push(
      notice(
        TRAUMA_COMMITMENT_NOTICE,
        '外伤且无第三方责任的，可在本程序填写《外伤无第三方责任承诺书》，就诊时向医院医保办出示，按规定直接结算',
        profile.traumaCommitment.source,
      ),
    )
  }
  if (quote.supplementDeadline && rule.supplement) {
    const labels = quote.outstandingMaterials.map((kind) => MATERIAL_LABELS[kind]).join('、')
    const { effective, effectiveSource } = rule.supplement.value
    notices.push(
      effective === 'on_supplement'
        ? notice(
            'SUPPLEMENT_EFFECT',
            '补充材料后备案即时生效；补充前发生的费用不能按此备案直接结算',
            rule.supplement.source,
          )
        : // The mechanism's clause does not say when the filing takes effect: the rule applied is named as such.
          notice(
            'SUPPLEMENT_ON_SUBMIT',
            effectiveSource
              ? '通知未规定承诺补充备案何时生效；本程序按提交即生效办理'
              : '备案提交即生效，材料可在取得后补充',
            effectiveSource ?? rule.supplement.source,
          ),
    )
    // The deadline and its lapse are the profile's value; where no clause gives them they are cited as an example.
    notices.push(
      notice(
        'SUPPLEMENT_DUE',
        `请在 ${quote.supplementDeadline} 前补充上传${labels}，逾期未补充的，备案失效`,
        citedAs(rule.supplement),
      ),
    )
  }
  const usesExamples = [rule.backdateDays, profile.maxAheadDays, rule.supplement, lockRow].some(
    (row) => row?.illustrative,
  )
  if (usesExamples) {
    notices.push(
      notice('EXAMPLE_VALUES', '部分期限为示例参数，以参保地医保经办机构公布的规定为准', EXAMPLE_SOURCE),
    )
  }
  return notices
}
