import { MATERIAL_LABELS } from '../policy/materials'
import { fail, ok, policyError, type Result } from '../result'
import type { FilingRequestDraft } from '../schemas/filing.schema'
import type { IsoDate } from '../time/calendar'
import type { FilingFacts } from './filing-status'
import { quoteFiling } from './quote'
import type { FilingQuote } from './quote.types'

const required = (path: string, message: string) => fail({ code: 'VALIDATION', message, path })

/** 代办: the filer confirms the family member agreed (the wizard asks it on its first screen). */
export const checkProxyConsent = (
  draft: Pick<FilingRequestDraft, 'relation' | 'commitment'>,
): Result<true> =>
  draft.relation !== 'self' && !draft.commitment.proxyConsent
    ? required('draft.commitment.proxyConsent', '代办须确认已征得参保人本人同意')
    : ok(true)

/** What submit needs beyond the quote: the commitment accepted, 代办 consent, referral and emergency details. */
export const checkConsents = (draft: FilingRequestDraft): Result<true> => {
  if (!draft.commitment.accepted) return required('draft.commitment.accepted', '请阅读并确认承诺书后再提交')
  const proxy = checkProxyConsent(draft)
  if (!proxy.ok) return proxy
  if (draft.filingType === 'referral' && !draft.referral) {
    return required('draft.referral', '转诊备案请填写转出医院、初步诊断和病情摘要')
  }
  if (draft.filingType === 'emergency' && !draft.emergency) {
    return required('draft.emergency.summary', '急诊备案请填写病情摘要')
  }
  return ok(true)
}

/** Submitting needs every material attached, replaced by the commitment, or promised under 承诺补充. */
export const checkMaterials = (draft: FilingRequestDraft, quote: FilingQuote): Result<true> => {
  const missing = quote.requiredMaterials.filter(
    (material) =>
      quote.outstandingMaterials.includes(material.kind) &&
      !(material.supplyLater && draft.commitment.supplementLater),
  )
  if (missing.length === 0) return ok(true)
  const later = missing.some((material) => material.supplyLater) ? '，或选择承诺补充、取得后再上传' : ''
  return policyError(
    'MATERIALS_REQUIRED',
    `请上传${missing.map((material) => material.label).join('、')}${later}`,
    missing[0].source,
  )
}

/** The checks of submit on top of the quote, and the facts the server stores. */
export const planSubmission = (
  draft: FilingRequestDraft,
  today: IsoDate,
): Result<{ quote: FilingQuote; facts: FilingFacts }> => {
  const quote = quoteFiling(draft, today)
  if (!quote.ok) return quote
  const consents = checkConsents(draft)
  if (!consents.ok) return consents
  const materials = checkMaterials(draft, quote.value)
  if (!materials.ok) return materials
  return ok({
    quote: quote.value,
    facts: {
      profile: quote.value.profile,
      filingType: draft.filingType,
      validFrom: quote.value.validFrom,
      validUntil: quote.value.validUntil,
      supplementDeadline: quote.value.supplementDeadline,
      effectiveOn: quote.value.effectiveOnSubmit ? 'on_submit' : 'on_supplement',
      outstandingMaterials: quote.value.outstandingMaterials,
      cancelled: false,
      costsIncurred: false,
    },
  })
}

export const outstandingLabels = (facts: FilingFacts) =>
  facts.outstandingMaterials.map((kind) => ({ kind, label: MATERIAL_LABELS[kind] }))
