/**
 * The wizard's form as the person fills it (strings, unset choices), and how it becomes the contract's
 * draft. Every check is the core's: the draft schema per step, then the same rules the server applies.
 */
import type { MaterialKind } from '@shared/policy/materials'
import type { FilingType, InsuranceType, Relation } from '@shared/policy/vocabulary'
import { fail, type PolicyErrorCode, type Result } from '@shared/result'
import { targetFor } from '@shared/rules/filing-target'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import { checkProxyConsent, planSubmission } from '@shared/rules/submission'
import {
  type FilingDraft,
  type FilingRequestDraft,
  filingDraftSchema,
  filingRequestDraftSchema,
} from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import type { IsoDate } from '@shared/time/calendar'
import type { UploadItem } from '../../services/upload-types'
import { type InsuredLookup, lookupProblem, platformDiffers } from './insured-lookup'

/** A verified person as the app may show them: the ID number only masked (the server holds it). */
export interface ShownPerson {
  name: string
  idNumberMasked: string
}

export interface FormDraft {
  /** The first answer; a family member's relation is asked next. */
  who?: 'self' | 'family'
  relation?: Relation
  proxyConsent: boolean
  /** 代办: the family member filing, reached by phone while the filing is handled. */
  agent: { name: string; phone: string }
  insured: { name: string; idNumber: string; phone: string }
  /** 为本人办理: the caller's verified identity, the insured person of the filing (identity.status). */
  identity?: ShownPerson
  /** 代办: the person who authorised the caller, chosen from identity.members (their full ID number is typed). */
  proxyFor?: ShownPerson
  /** The 医保信息平台's answer on the insured person (filing.lookup), and whom it was asked for. */
  lookup?: InsuredLookup
  /** Why 参保地 or 参保类型 differs from what the platform records. */
  correctionReason: string
  insuredRegion?: string
  insuranceType?: InsuranceType
  filingType?: FilingType
  destination?: string
  startDate?: IsoDate
  /** 先入院后备案: already in hospital, so the admission date is asked. */
  inHospital: boolean
  admissionDate?: IsoDate
  commitmentAccepted: boolean
  supplementLater: boolean
  signatureFileID?: string
  uploads: Partial<Record<MaterialKind, UploadItem[]>>
  referral: { fromHospital: string; diagnosis: string; summary: string }
  emergencySummary: string
}

export const emptyForm = (insuredRegion?: string): FormDraft => ({
  proxyConsent: false,
  agent: { name: '', phone: '' },
  insured: { name: '', idNumber: '', phone: '' },
  insuredRegion,
  inHospital: false,
  commitmentAccepted: false,
  supplementLater: false,
  correctionReason: '',
  uploads: {},
  referral: { fromHospital: '', diagnosis: '', summary: '' },
  emergencySummary: '',
})

export const STEPS = [
  { id: 'who', title: '为谁办理' },
  { id: 'person', title: '参保人信息' },
  { id: 'type', title: '备案类型' },
  { id: 'destination', title: '就医地' },
  { id: 'dates', title: '开始日期' },
  { id: 'materials', title: '材料与承诺' },
  { id: 'confirm', title: '确认信息' },
  { id: 'result', title: '办理结果' },
] as const
export type StepId = (typeof STEPS)[number]['id']

const uploaded = (form: FormDraft) =>
  Object.entries(form.uploads).flatMap(([kind, items]) =>
    (items ?? []).flatMap((item) =>
      item.status === 'done' && item.fileID ? [{ kind: kind as MaterialKind, fileID: item.fileID }] : [],
    ),
  )

/** The contract's draft (before parsing): what filing.quote and filing.submit receive. */
export const toDraft = (form: FormDraft, today: IsoDate) => {
  const materials = uploaded(form)
  const platform = form.lookup?.state === 'done' ? form.lookup.answer : undefined
  const corrected = platform && platformDiffers(form, platform)
  return {
    // 为本人办理: the server takes the verified identity's ID number; the app never had it.
    insured: ownFiling(form) ? { name: form.identity!.name, phone: form.insured.phone } : form.insured,
    relation: form.relation,
    ...(form.relation && form.relation !== 'self' ? { agent: form.agent } : {}),
    insuredRegion: form.insuredRegion,
    insuranceType: form.insuranceType,
    filingType: form.filingType,
    destination: form.destination,
    startDate: form.startDate ?? today,
    ...(form.inHospital && form.admissionDate ? { admissionDate: form.admissionDate } : {}),
    commitment: {
      accepted: form.commitmentAccepted,
      ...(form.supplementLater ? { supplementLater: true } : {}),
      ...(form.relation && form.relation !== 'self' ? { proxyConsent: form.proxyConsent } : {}),
      ...(form.signatureFileID ? { signatureFileID: form.signatureFileID } : {}),
    },
    ...(materials.length > 0 ? { materials } : {}),
    ...(form.filingType === 'referral' ? { referral: form.referral } : {}),
    ...(form.filingType === 'emergency' ? { emergency: { summary: form.emergencySummary } } : {}),
    ...(corrected
      ? {
          correction: {
            reason: form.correctionReason,
            ...(platform.insuredRegion ? { insuredRegion: platform.insuredRegion.code } : {}),
            ...(platform.insuranceType ? { insuranceType: platform.insuranceType } : {}),
          },
        }
      : {}),
  }
}

/** 为本人办理 by a verified account: the draft leaves the ID number to the server. */
const ownFiling = (form: FormDraft) => form.relation === 'self' && form.identity !== undefined

/** The contract's schema for this form: without the ID number for the verified person's own filing. */
const schemaFor = (form: FormDraft) => (ownFiling(form) ? filingRequestDraftSchema : filingDraftSchema)

/** The fields each step owns, as paths of the draft (a server issue's path finds its step by them). */
const STEP_FIELDS: Record<Exclude<StepId, 'confirm' | 'result'>, (keyof FilingDraft)[]> = {
  who: ['relation', 'agent'],
  person: ['insured', 'insuredRegion', 'insuranceType', 'correction'],
  type: ['filingType'],
  destination: ['destination'],
  dates: ['startDate', 'admissionDate'],
  materials: ['commitment', 'materials', 'referral', 'emergency', 'contact'],
}

export const stepOfPath = (path: string): StepId => {
  const field = path.replace(/^draft\./, '').split('.')[0]
  if (path.includes('proxyConsent') || path === 'who') return 'who'
  const found = (Object.keys(STEP_FIELDS) as (keyof typeof STEP_FIELDS)[]).find((step) =>
    (STEP_FIELDS[step] as string[]).includes(field),
  )
  return found ?? 'confirm'
}

/** Where a rule's refusal sends the person back to. */
const POLICY_STEPS: Partial<Record<PolicyErrorCode, StepId>> = {
  'POLICY.TYPE_NOT_OFFERED': 'type',
  'POLICY.SAME_REGION': 'destination',
  'POLICY.BACKDATE_LIMIT': 'dates',
  'POLICY.START_TOO_LATE': 'dates',
  'POLICY.MATERIALS_REQUIRED': 'materials',
}
export const stepOfError = (error: { code: string; path?: string }): StepId | undefined =>
  POLICY_STEPS[error.code as PolicyErrorCode] ?? (error.path ? stepOfPath(error.path) : undefined)

export type StepCheck = Result<{ quote?: FilingQuote }>

const pickSchema = (form: FormDraft, fields: (keyof FilingDraft)[]) =>
  schemaFor(form).pick(Object.fromEntries(fields.map((field) => [field, true])) as never)

/** The whole draft parsed, for the rules that need all of it. */
export const parsedDraft = (form: FormDraft, today: IsoDate): Result<FilingRequestDraft> =>
  parseInput(schemaFor(form), toDraft(form, today))

/**
 * The draft as far as a quote needs it: the referral and emergency details are asked on the materials step,
 * after the dates, and change nothing in the quote, so they are left out until then.
 */
const quotableDraft = (form: FormDraft, today: IsoDate): Result<FilingRequestDraft> =>
  parseInput(schemaFor(form), { ...toDraft(form, today), referral: undefined, emergency: undefined })

/** The checks of one step, on the device, before the next step shows. */
export const checkStep = (step: StepId, form: FormDraft, today: IsoDate): StepCheck => {
  if (step === 'confirm' || step === 'result') return { ok: true, value: {} }
  const draft = toDraft(form, today)
  if (step === 'who' && !form.who)
    return fail({ code: 'VALIDATION', message: '请选择为谁办理', path: 'who', issues: [] })
  if (step === 'who' && form.who === 'self' && !form.identity)
    return fail({ code: 'VALIDATION', message: NOT_VERIFIED, path: 'who', issues: [] })
  // The platform's answer first: a person it refuses is not asked to fix fields that change nothing.
  const stopped = step === 'person' ? lookupProblem(form) : undefined
  if (stopped) return fail({ code: 'VALIDATION', ...stopped, issues: [] })
  const fields = parseInput(pickSchema(form, STEP_FIELDS[step]), draft)
  if (!fields.ok) return fields
  if (step === 'person') {
    const problem = proxyProblem(form)
    if (problem) return fail({ code: 'VALIDATION', ...problem, issues: [] })
  }
  if (step === 'who')
    return mapCheck(
      checkProxyConsent({
        relation: form.relation!,
        commitment: { accepted: true, proxyConsent: form.proxyConsent },
      }),
    )
  if (step === 'destination') return mapCheck(targetFor(form.insuredRegion!, form.destination!))
  if (step === 'dates' || step === 'materials') {
    const whole = step === 'dates' ? quotableDraft(form, today) : parsedDraft(form, today)
    if (!whole.ok) return whole
    const checked = step === 'dates' ? quoteFiling(whole.value, today) : planSubmission(whole.value, today)
    if (!checked.ok) return checked
    return { ok: true, value: { quote: 'quote' in checked.value ? checked.value.quote : checked.value } }
  }
  return { ok: true, value: {} }
}

/** Shown at 为本人办理 and refused by 下一步 until the account is verified. */
export const NOT_VERIFIED = '为本人办理请先完成实名认证：点下面的“去实名认证”'

/** The full ID number typed for a chosen family member must be theirs: its first and last four as shown. */
const matchesMasked = (idNumber: string, masked: string) =>
  idNumber.length === 18 &&
  idNumber.slice(0, 4) === masked.slice(0, 4) &&
  idNumber.slice(-4).toUpperCase() === masked.slice(-4).toUpperCase()

const proxyProblem = (form: FormDraft): { path: string; message: string } | undefined => {
  if (form.proxyFor && !matchesMasked(form.insured.idNumber.trim(), form.proxyFor.idNumberMasked))
    return {
      path: 'insured.idNumber',
      message: `与授权您代办的${form.proxyFor.name}（${form.proxyFor.idNumberMasked}）的身份证号不一致，请核对`,
    }
  return undefined
}

const mapCheck = (result: Result<unknown>): StepCheck => (result.ok ? { ok: true, value: {} } : result)

/** A quote for what is filled in so far (type, places, dates), or undefined while it cannot be made. */
export const quoteSoFar = (form: FormDraft, today: IsoDate): FilingQuote | undefined => {
  const draft = quotableDraft(form, today)
  if (!draft.ok) return undefined
  const quote = quoteFiling(draft.value, today)
  return quote.ok ? quote.value : undefined
}

/** Field errors by path without the `draft.` prefix, as the step components look them up. */
export const errorsOf = (error: {
  path?: string
  message: string
  issues?: { path: string; message: string }[]
}) => {
  const errors: Record<string, string> = {}
  for (const issue of error.issues ?? []) errors[issue.path.replace(/^draft\./, '')] ??= issue.message
  if (error.path) errors[error.path.replace(/^draft\./, '')] ??= error.message
  return errors
}
