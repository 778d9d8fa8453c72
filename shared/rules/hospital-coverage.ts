import type { Hospital } from '../hospitals/hospital.schema'
import { NATIONAL_PROFILE, ruleFor } from '../policy/profiles'
import { source } from '../policy/sources'
import { DIRECT_CARE_LABELS, type DirectCareKind } from '../policy/vocabulary'
import { type FilingTarget, filingTarget, regionLabel } from '../regions/regions'
import { mapOk, type Result, type Source } from '../result'
import type { IsoDate } from '../time/calendar'
import { stayCoverage } from './coverage'
import { type FilingScope, isCrossProvince, shownOnFiling } from './cross-province'
import type { FilingFacts } from './filing-status'
import { visitCoverage } from './visit-coverage'

/** One thing the answer depends on: true holds, false stops direct settlement, null cannot be told. */
export interface CoverageReason {
  topic: 'filing' | 'care' | 'place' | 'hospital'
  holds: boolean | null
  text: string
  source: Source
  /** The date of the directory row a hospital reason was read from. */
  asOf?: IsoDate
}

export type CoverageAnswer = 'yes' | 'no' | 'unknown'

export interface HospitalCoverage {
  answer: CoverageAnswer
  /** True only when every reason holds. */
  directSettlement: boolean
  /** The deciding reason in one line, with its source. */
  reason: string
  source: Source
  /** What the person can do when the answer is not a yes. */
  next?: string
  hospital: { name: string; code?: string; listed: boolean }
  scope: 'provincial' | 'crossProvince'
  reasons: CoverageReason[]
}

/** A hospital chosen from the directory, or one the person typed (未核验). */
export type CoverageHospital = { listed: true; row: Hospital } | { listed: false; name: string }

interface FilingOnRecord {
  facts: FilingFacts
  target: FilingTarget
  insuredRegion: string
}

const UNLISTED = source('service', '定点医院名单')
const SCOPE_WORDS = { provincial: '省内异地', crossProvince: '跨省异地' } as const

const ASK_HOSPITAL =
  '就诊前请带上医保卡（社保卡或医保电子凭证）到医院医保办或住院处，确认这家医院能否为您异地就医直接结算；不能直接结算的，费用先自付，保存好发票和费用清单，回参保地申请手工报销。'
const NEXT: Record<CoverageReason['topic'], string> = {
  filing: '可在“我的备案”重新办理或补充材料；已自付的费用可申请手工报销。',
  care: ASK_HOSPITAL,
  place: '备案只在备案就医地有效：请先在“我的备案”变更就医地，或到备案就医地的定点医院就医。',
  hospital: '可换一家已开通异地就医直接结算的定点医院（查定点医院）；已自付的费用可申请手工报销。',
}

const filingReason = (
  facts: FilingFacts & FilingScope,
  care: DirectCareKind,
  admission: IsoDate,
  discharge?: IsoDate,
) =>
  mapOk(
    care === 'inpatient'
      ? stayCoverage(facts, admission, discharge)
      : { ok: true as const, value: visitCoverage(facts, admission) },
    (answer): CoverageReason => ({
      topic: 'filing',
      holds: answer.directSettlement,
      text: answer.reason,
      source: answer.source,
    }),
  )

/** Outpatient and chronic-disease visits settle directly only as the insured region's rule allows (22号 where silent). */
const careReason = (facts: FilingFacts, care: DirectCareKind): CoverageReason | undefined => {
  if (care === 'inpatient') return undefined
  const rule = ruleFor(facts).profile.outpatient ?? NATIONAL_PROFILE.outpatient!
  const { direct, chronicDiseases } = rule.value
  if (!direct)
    return { topic: 'care', holds: false, text: '参保地的规定不含门诊费用直接结算', source: rule.source }
  if (care === 'outpatient')
    return { topic: 'care', holds: true, text: '普通门诊费用可在备案地直接结算', source: rule.source }
  return chronicDiseases.length > 0
    ? {
        topic: 'care',
        holds: true,
        text: `门诊慢特病限以下病种直接结算：${chronicDiseases.join('、')}`,
        source: rule.source,
      }
    : {
        topic: 'care',
        holds: null,
        text: '参保地规定未列出可直接结算的门诊慢特病病种：您的病种能否直接结算，请向参保地经办机构确认',
        source: rule.source,
      }
}

const placeReason = (row: Hospital, target: FilingTarget, citation: Source): CoverageReason => {
  const inTarget = filingTarget(row.regionCode)?.code === target.code
  return {
    topic: 'place',
    holds: inTarget,
    text: inTarget
      ? `${row.name}在备案就医地${target.name}`
      : `${row.name}在${regionLabel(row.regionCode) ?? row.regionCode}，不在备案就医地${target.name}`,
    source: citation,
  }
}

const hospitalReason = (
  row: Hospital,
  scope: HospitalCoverage['scope'],
  care: DirectCareKind,
): CoverageReason => {
  const networked = row[scope][care]
  const what = `${SCOPE_WORDS[scope]}${DIRECT_CARE_LABELS[care]}直接结算`
  const example = row.illustrative ? '（示例数据）' : ''
  const text =
    networked === null
      ? `定点医院名单未注明${row.name}能否${what}${example}`
      : networked
        ? `定点医院名单注明${row.name}已开通${what}${example}`
        : `定点医院名单注明${row.name}未开通${what}${example}`
  return { topic: 'hospital', holds: networked, text, source: row.source, asOf: row.asOf }
}

/**
 * 我的住院能直接结算吗: the filing (validity, type, target) and the hospital's networked status in the directory
 * (provincial when the hospital is in the insured person's province, else cross-province, for the kind of care).
 * Any reason that stops it answers no; any that cannot be told answers 无法确认, never a guess.
 */
export const hospitalCoverage = (
  filing: FilingOnRecord,
  hospital: CoverageHospital,
  care: DirectCareKind,
  admission: IsoDate,
  discharge?: IsoDate,
): Result<HospitalCoverage> => {
  // The filing's own scope (its target), not the hospital's, decides which notices govern it.
  const facts = { ...filing.facts, crossProvince: isCrossProvince(filing.insuredRegion, filing.target.code) }
  const shown = shownOnFiling(facts.profile, facts)
  return mapOk(filingReason(facts, care, admission, discharge), (onFiling) => {
    const { profile } = ruleFor(facts)
    const region = hospital.listed ? hospital.row.regionCode : filing.target.code
    const scope = isCrossProvince(filing.insuredRegion, region) ? 'crossProvince' : 'provincial'
    const onCare = careReason(facts, care)
    const reasons = [
      onFiling,
      onCare && shown(onCare),
      ...(hospital.listed
        ? [
            shown(placeReason(hospital.row, filing.target, profile.citations.target)),
            hospitalReason(hospital.row, scope, care),
          ]
        : [
            {
              topic: 'hospital' as const,
              holds: null,
              text: `${hospital.name}未从定点医院名单中选择（未核验）：无法核对它是否在${filing.target.name}、能否${SCOPE_WORDS[scope]}${DIRECT_CARE_LABELS[care]}直接结算`,
              source: UNLISTED,
            },
          ]),
    ].filter((reason): reason is CoverageReason => reason !== undefined)
    return decide(reasons, {
      name: hospital.listed ? hospital.row.name : hospital.name,
      ...(hospital.listed ? { code: hospital.row.code } : {}),
      listed: hospital.listed,
      scope,
    })
  })
}

const decide = (
  reasons: CoverageReason[],
  { scope, ...hospital }: HospitalCoverage['hospital'] & { scope: HospitalCoverage['scope'] },
): HospitalCoverage => {
  const stop = reasons.find((reason) => reason.holds === false)
  const unknown = reasons.find((reason) => reason.holds === null)
  const deciding = stop ?? unknown ?? reasons[0]
  const answer: CoverageAnswer = stop ? 'no' : unknown ? 'unknown' : 'yes'
  return {
    answer,
    directSettlement: answer === 'yes',
    reason: deciding.text,
    source: deciding.source,
    ...(answer === 'yes' ? {} : { next: answer === 'unknown' ? ASK_HOSPITAL : NEXT[deciding.topic] }),
    hospital,
    scope,
    reasons,
  }
}
