/**
 * The insured look-up in the wizard (filing.lookup): whom it is for once the person's identity is known, and
 * what its answer lets the person do. Pure: the page makes the call, these decide.
 */
import type { DataOf } from '@shared/contract'
import { idNumberProblem, normaliseIdNumber } from '@shared/identity/id-number'
import type { InsuranceType } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'

export type LookupAnswer = DataOf<'filing.lookup'>

export type InsuredLookup =
  | { for: string; state: 'checking' }
  | { for: string; state: 'done'; answer: LookupAnswer }
  | { for: string; state: 'failed'; error: AppError }

interface LookupForm {
  who?: 'self' | 'family'
  relation?: string
  identity?: { idNumberMasked: string }
  proxyFor?: { idNumberMasked: string }
  insured: { name: string; idNumber: string }
  insuredRegion?: string
  insuranceType?: InsuranceType
  lookup?: InsuredLookup
}

/** Whom to look up: the verified person themself, or the family member once their ID number is whole. */
export const lookupSubject = (
  form: LookupForm,
): { key: string; insured?: { name: string; idNumber: string } } | undefined => {
  if (form.who === 'self') return form.identity ? { key: `self ${form.identity.idNumberMasked}` } : undefined
  if (form.who !== 'family') return undefined
  const name = form.insured.name.trim()
  const idNumber = normaliseIdNumber(form.insured.idNumber)
  if (!name || idNumberProblem(idNumber)) return undefined
  if (form.proxyFor && idNumber.slice(-4) !== form.proxyFor.idNumberMasked.slice(-4)) return undefined
  // By the ID number only: the name typed a character at a time would otherwise ask again each time.
  return { key: idNumber, insured: { name, idNumber } }
}

/** The platform records another 参保地 or 参保类型 than the form holds: the person must say why. */
export const platformDiffers = (form: LookupForm, answer: LookupAnswer) =>
  (answer.insuredRegion !== undefined && form.insuredRegion !== answer.insuredRegion.code) ||
  (answer.insuranceType !== undefined && form.insuranceType !== answer.insuranceType)

/** What the platform knows, filled into the form; a field it does not know stays as the person set it. */
export const filledFrom = (answer: LookupAnswer, form: LookupForm) => ({
  ...(answer.insuredRegion && answer.insuredRegion.code !== form.insuredRegion
    ? { insuredRegion: answer.insuredRegion.code, filingType: undefined }
    : {}),
  ...(answer.insuranceType ? { insuranceType: answer.insuranceType } : {}),
  correctionReason: '',
})

/** The answer as it stands for the form now (an answer for a number since changed counts for nothing). */
export const currentLookup = (form: LookupForm) => {
  const subject = lookupSubject(form)
  return subject && form.lookup?.for === subject.key ? form.lookup : undefined
}

/** A 备案 the platform holds that this account did not make here: the national app, another channel, a proxy. */
export const filedElsewhere = (answer: LookupAnswer) => answer.filings.some((filing) => !filing.filingId)

export const ALREADY_FILED =
  '医保信息平台上已有一份有效的异地就医备案，无需重复办理；如需更换就医地，请变更或撤销原备案'

/** Why 下一步 cannot go on from the person step, if the look-up says so. */
export const lookupProblem = (form: LookupForm): { path: string; message: string } | undefined => {
  if (!lookupSubject(form)) return undefined
  const lookup = currentLookup(form)
  if (!lookup || lookup.state === 'checking')
    return { path: 'lookup', message: '正在向医保信息平台查询参保信息，请稍候再点“下一步”' }
  // The platform not answering (or this account asking too often) does not stop a filing: staff check it.
  if (lookup.state === 'failed')
    return lookup.error.code === 'FORBIDDEN' ? { path: 'lookup', message: lookup.error.message } : undefined
  const { answer } = lookup
  if (answer.outcome === 'not_insured')
    return { path: 'lookup', message: answer.message ?? '医保信息平台未查到参保信息' }
  // One made here by this account is the confirmation card's to weigh (an identical one is refused at submit).
  if (answer.outcome === 'insured' && filedElsewhere(answer))
    return { path: 'lookup', message: ALREADY_FILED }
  return undefined
}
