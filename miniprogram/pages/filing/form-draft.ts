/**
 * The wizard's form as the person fills it (strings, unset choices), and how it becomes the contract's
 * draft. The steps (steps.tsx) check it with the core's draft schema and rules, through these.
 */
import type { MaterialKind } from '@shared/policy/materials'
import type { FilingType, InsuranceType, Relation } from '@shared/policy/vocabulary'
import type { Result } from '@shared/result'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import {
  type FilingDraft,
  type FilingRequestDraft,
  filingDraftSchema,
  filingRequestDraftSchema,
} from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import type { IsoDate } from '@shared/time/calendar'
import type { UploadItem } from '../../services/upload-types'
import { type InsuredLookup, platformDiffers } from './insured-lookup'

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

/** The contract's schema for some fields of this form only: one step's slice. */
export const schemaSlice = (form: FormDraft, fields: readonly (keyof FilingDraft)[]) =>
  schemaFor(form).pick(Object.fromEntries(fields.map((field) => [field, true])) as never)

/** The whole draft parsed, for the rules that need all of it. */
export const parsedDraft = (form: FormDraft, today: IsoDate): Result<FilingRequestDraft> =>
  parseInput(schemaFor(form), toDraft(form, today))

/**
 * The draft as far as a quote needs it: the referral and emergency details are asked on the materials step,
 * after the dates, and change nothing in the quote, so they are left out until then.
 */
export const quotableDraft = (form: FormDraft, today: IsoDate): Result<FilingRequestDraft> =>
  parseInput(schemaFor(form), { ...toDraft(form, today), referral: undefined, emergency: undefined })

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
