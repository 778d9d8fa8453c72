import {
  type Commitment,
  PROXY_CONSENT,
  SUPPLEMENT_LATER,
  SUPPLEMENT_LATER_BY_PROXY,
  TRUTHFULNESS,
  TRUTHFULNESS_BY_PROXY,
} from '../policy/commitments'
import { MATERIAL_LABELS, type MaterialKind } from '../policy/materials'
import type { FilingTypeRule, Profile } from '../policy/profile.schema'
import { profileFor } from '../policy/profiles'
import { FILING_TYPE_LABELS } from '../policy/vocabulary'
import { fail, ok, policyError, type Result } from '../result'
import type { FilingRequestDraft } from '../schemas/filing.schema'
import { addDays, addMonths, type IsoDate, minDate } from '../time/calendar'
import { isCrossProvince, shownOnFiling } from './cross-province'
import { filingNotices } from './filing-notices'
import { targetFor } from './filing-target'
import type { FilingQuote } from './quote.types'

export const offeredRule = (
  profile: Profile,
  draft: Pick<FilingRequestDraft, 'filingType'>,
): Result<FilingTypeRule> => {
  const rule = profile.types[draft.filingType]
  if (rule) return ok(rule)
  const offered = Object.keys(profile.types).map(
    (type) => FILING_TYPE_LABELS[type as FilingRequestDraft['filingType']],
  )
  return policyError(
    'TYPE_NOT_OFFERED',
    `${profile.name}不办理“${FILING_TYPE_LABELS[draft.filingType]}”备案，可选择：${offered.join('、')}`,
    profile.offeredTypesSource,
  )
}

/** The start date: a stay that began before filing registers from the admission date where the profile says so. */
const validFromOf = (profile: Profile, draft: FilingRequestDraft): IsoDate =>
  profile.startsFromAdmission.value && draft.admissionDate
    ? minDate(draft.startDate, draft.admissionDate)
    : draft.startDate

/**
 * The earliest start date: the type's window of days, or the actual admission date where the clause ties the start
 * to it (赣 四 “根据实际入院时间妥善办理备案”); null: no limit.
 */
const earliestStartOf = (
  profile: Profile,
  rule: FilingTypeRule,
  draft: FilingRequestDraft,
  today: IsoDate,
): IsoDate | null => {
  const back = rule.backdateDays.value
  const admitted = draft.admissionDate
  if (back === 'admission') return admitted ?? today
  const byDays = back === null ? null : addDays(today, -back)
  // A profile that registers from the admission date never refuses that date for being older than its window.
  if (byDays && admitted && profile.startsFromAdmission.value) return minDate(byDays, admitted)
  return byDays
}

const backdateRefusal = (rule: FilingTypeRule, draft: FilingRequestDraft, earliest: IsoDate) => {
  const type = FILING_TYPE_LABELS[draft.filingType]
  const back = rule.backdateDays.value
  const why =
    back === 'admission'
      ? `${type}备案可追溯至实际入院日期${draft.admissionDate ? '' : '；未入院的，开始日期不能早于今天'}`
      : `补办${type}备案，开始日期最多往前 ${back} 日${draft.admissionDate && earliest === draft.admissionDate ? '，或追溯至实际入院日期' : ''}`
  return policyError('BACKDATE_LIMIT', `备案开始日期最早可选 ${earliest}：${why}`, rule.backdateDays.source)
}

const checkDates = (
  profile: Profile,
  rule: FilingTypeRule,
  draft: FilingRequestDraft,
  validFrom: IsoDate,
  today: IsoDate,
) => {
  const latest = addDays(today, profile.maxAheadDays.value)
  if (draft.admissionDate && draft.admissionDate > today) {
    return fail({ code: 'VALIDATION', message: '入院日期不能晚于今天', path: 'draft.admissionDate' })
  }
  const earliest = earliestStartOf(profile, rule, draft, today)
  if (earliest && validFrom < earliest) return backdateRefusal(rule, draft, earliest)
  if (validFrom > latest) {
    return policyError('START_TOO_LATE', `备案开始日期最晚可选 ${latest}`, profile.maxAheadDays.source)
  }
  return ok({ earliest, latest })
}

const outstandingOf = (rule: FilingTypeRule, draft: FilingRequestDraft): MaterialKind[] => {
  const attached = new Set((draft.materials ?? []).map((material) => material.kind))
  return rule.materials
    .filter((material) => !attached.has(material.kind))
    .filter((material) => !(material.replaceableByCommitment && draft.commitment.accepted))
    .map((material) => material.kind)
}

const commitmentsFor = (profile: Profile, rule: FilingTypeRule, draft: FilingRequestDraft): Commitment[] => {
  const later = rule.materials.find((material) => material.supplyLater)
  const byProxy = draft.relation !== 'self'
  return [
    {
      ...(byProxy ? TRUTHFULNESS_BY_PROXY : TRUTHFULNESS),
      source: profile.citations.commitment,
    },
    ...(later
      ? [
          {
            ...(byProxy ? SUPPLEMENT_LATER_BY_PROXY : SUPPLEMENT_LATER),
            source: later.supplyLaterSource ?? later.source,
          },
        ]
      : []),
    ...(byProxy ? [PROXY_CONSENT] : []),
  ]
}

const quoteUnder = (profile: Profile, draft: FilingRequestDraft, today: IsoDate): Result<FilingQuote> => {
  const rule = offeredRule(profile, draft)
  if (!rule.ok) return rule
  const target = targetFor(draft.insuredRegion, draft.destination)
  if (!target.ok) return target
  const validFrom = validFromOf(profile, draft)
  const dates = checkDates(profile, rule.value, draft, validFrom, today)
  if (!dates.ok) return dates

  const months = rule.value.validityMonths.value
  const validUntil = months === null ? null : addDays(addMonths(validFrom, months), -1)
  const outstanding = outstandingOf(rule.value, draft)
  const supplement = rule.value.supplement?.value
  const owesLater = outstanding.length > 0 && supplement !== undefined
  const supplementDeadline = owesLater ? addDays(today, supplement.deadlineDays) : null

  const quote: FilingQuote = {
    profile: profile.id,
    profileName: profile.name,
    filingType: draft.filingType,
    target: target.value,
    validFrom,
    validUntil,
    earliestStart: dates.value.earliest,
    latestStart: dates.value.latest,
    effectiveOnSubmit: !(owesLater && supplement.effective === 'on_supplement'),
    supplementDeadline,
    requiredMaterials: rule.value.materials.map((material) => ({
      ...material,
      label: MATERIAL_LABELS[material.kind],
    })),
    outstandingMaterials: outstanding,
    commitments: commitmentsFor(profile, rule.value, draft),
    notices: [],
  }
  return ok({ ...quote, notices: filingNotices(profile, rule.value, draft, quote) })
}

/**
 * What a draft would become: target, validity, materials, commitments and consequences. Writes nothing. Every
 * source, a refusal's too, is as the person filing to this destination reads it (参照 where it does not govern).
 */
export const quoteFiling = (draft: FilingRequestDraft, today: IsoDate): Result<FilingQuote> => {
  const profile = profileFor(draft.insuredRegion)
  const shown = shownOnFiling(profile.id, {
    crossProvince: isCrossProvince(draft.insuredRegion, draft.destination),
  })
  const quoted = quoteUnder(profile, draft, today)
  if (!quoted.ok) {
    const { source: cited } = quoted.error
    return cited ? fail(shown({ ...quoted.error, source: cited })) : quoted
  }
  const quote = quoted.value
  return ok({
    ...quote,
    requiredMaterials: quote.requiredMaterials.map(shown),
    commitments: quote.commitments.map(shown),
    notices: quote.notices.map(shown),
  })
}
