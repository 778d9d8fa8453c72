/**
 * The wizard, one row per step: its title, the draft's fields it asks (its slice of the contract's schema),
 * its checks with the core's rules, the refusals that send the person back to it, and its screen. The host
 * page walks this table; nothing else lists the steps.
 */
import { fail, type PolicyErrorCode, type Result } from '@shared/result'
import { targetFor } from '@shared/rules/filing-target'
import { quoteFiling } from '@shared/rules/quote'
import type { FilingQuote } from '@shared/rules/quote.types'
import { checkProxyConsent, planSubmission } from '@shared/rules/submission'
import type { FilingDraft } from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import type { IsoDate } from '@shared/time/calendar'
import { type FormDraft, parsedDraft, quotableDraft, schemaSlice, toDraft } from './form-draft'
import { lookupProblem } from './insured-lookup'
import ConfirmStep from './steps/confirm'
import DatesStep from './steps/dates'
import DestinationStep from './steps/destination'
import FilingTypeStep from './steps/filing-type'
import MaterialsStep from './steps/materials'
import PersonStep from './steps/person'
import ResultStep from './steps/result'
import type { StepProps } from './steps/step-props'
import WhoStep from './steps/who'

export type StepCheck = Result<{ quote?: FilingQuote }>
type Problem = { path: string; message: string }

interface WizardStep {
  id: string
  title: string
  /** The draft's fields the step asks: parsed by their slice of the schema, and a server issue on one comes back here. */
  fields: readonly (keyof FilingDraft)[]
  /** Issue paths outside those fields that belong here all the same. */
  paths?: readonly string[]
  /** The policy refusals that send the person back to this step. */
  refusals?: readonly PolicyErrorCode[]
  /** A problem that makes the step's fields beside the point: said before they are parsed. */
  before?: (form: FormDraft) => Problem | undefined
  /** The core's rules once the fields parse; the dates and materials steps answer with the quote so far. */
  after?: (form: FormDraft, today: IsoDate) => StepCheck
  Component: (props: StepProps) => JSX.Element | null
  /** The button under the step: 下一步, 确认提交, or none (the result has its own). */
  action: 'next' | 'submit' | 'none'
  /** Asks for personal information, so the privacy notice comes first (为谁办理 asks nothing personal). */
  personal: boolean
}

/** Shown at 为本人办理 and refused by 下一步 until the account is verified. */
export const NOT_VERIFIED = '为本人办理请先完成实名认证：点下面的“去实名认证”'

const passed: StepCheck = { ok: true, value: {} }
const checked = (result: Result<unknown>): StepCheck => (result.ok ? passed : result)
const refused = (problem: Problem): StepCheck => fail({ code: 'VALIDATION', ...problem, issues: [] })

/** The full ID number typed for a chosen family member must be theirs: its first and last four as shown. */
const matchesMasked = (idNumber: string, masked: string) =>
  idNumber.length === 18 &&
  idNumber.slice(0, 4) === masked.slice(0, 4) &&
  idNumber.slice(-4).toUpperCase() === masked.slice(-4).toUpperCase()

export const WIZARD_STEPS = [
  {
    id: 'who',
    title: '为谁办理',
    fields: ['relation', 'agent'],
    paths: ['who', 'commitment.proxyConsent'],
    before: (form) => {
      if (!form.who) return { path: 'who', message: '请选择为谁办理' }
      if (form.who === 'self' && !form.identity) return { path: 'who', message: NOT_VERIFIED }
      return undefined
    },
    after: (form) =>
      checked(
        checkProxyConsent({
          relation: form.relation!,
          commitment: { accepted: true, proxyConsent: form.proxyConsent },
        }),
      ),
    Component: WhoStep,
    action: 'next',
    personal: false,
  },
  {
    id: 'person',
    title: '参保人信息',
    fields: ['insured', 'insuredRegion', 'insuranceType', 'correction'],
    // The platform's answer first: a person it refuses is not asked to fix fields that change nothing.
    before: lookupProblem,
    after: (form) =>
      form.proxyFor && !matchesMasked(form.insured.idNumber.trim(), form.proxyFor.idNumberMasked)
        ? refused({
            path: 'insured.idNumber',
            message: `与授权您代办的${form.proxyFor.name}（${form.proxyFor.idNumberMasked}）的身份证号不一致，请核对`,
          })
        : passed,
    Component: PersonStep,
    action: 'next',
    personal: true,
  },
  {
    id: 'type',
    title: '备案类型',
    fields: ['filingType'],
    refusals: ['POLICY.TYPE_NOT_OFFERED'],
    Component: FilingTypeStep,
    action: 'next',
    personal: true,
  },
  {
    id: 'destination',
    title: '就医地',
    fields: ['destination'],
    refusals: ['POLICY.SAME_REGION'],
    after: (form) => checked(targetFor(form.insuredRegion!, form.destination!)),
    Component: DestinationStep,
    action: 'next',
    personal: true,
  },
  {
    id: 'dates',
    title: '开始日期',
    fields: ['startDate', 'admissionDate'],
    refusals: ['POLICY.BACKDATE_LIMIT', 'POLICY.START_TOO_LATE'],
    after: (form, today) => {
      const draft = quotableDraft(form, today)
      if (!draft.ok) return draft
      const quote = quoteFiling(draft.value, today)
      return quote.ok ? { ok: true, value: { quote: quote.value } } : quote
    },
    Component: DatesStep,
    action: 'next',
    personal: true,
  },
  {
    id: 'materials',
    title: '材料与承诺',
    fields: ['commitment', 'materials', 'referral', 'emergency', 'contact'],
    refusals: ['POLICY.MATERIALS_REQUIRED'],
    after: (form, today) => {
      const draft = parsedDraft(form, today)
      if (!draft.ok) return draft
      const plan = planSubmission(draft.value, today)
      return plan.ok ? { ok: true, value: { quote: plan.value.quote } } : plan
    },
    Component: MaterialsStep,
    action: 'next',
    personal: true,
  },
  { id: 'confirm', title: '确认信息', fields: [], Component: ConfirmStep, action: 'submit', personal: false },
  { id: 'result', title: '办理结果', fields: [], Component: ResultStep, action: 'none', personal: false },
] as const satisfies readonly WizardStep[]

export type StepId = (typeof WIZARD_STEPS)[number]['id']

const steps: readonly WizardStep[] = WIZARD_STEPS

export const stepOf = (id: StepId): WizardStep => steps.find((step) => step.id === id)!

/** 1-based, as the header counts. */
export const positionOf = (id: StepId) => steps.findIndex((step) => step.id === id) + 1

export const stepAfter = (id: StepId): StepId => WIZARD_STEPS[Math.min(positionOf(id), steps.length - 1)].id

export const stepBefore = (id: StepId): StepId => WIZARD_STEPS[Math.max(0, positionOf(id) - 2)].id

/** The step that asks a draft path (a server issue's path, with or without `draft.`); the card for the rest. */
export const stepOfPath = (path: string): StepId => {
  const bare = path.replace(/^draft\./, '')
  const field = bare.split('.')[0]
  const owner =
    steps.find((step) => step.paths?.includes(bare)) ??
    steps.find((step) => (step.fields as readonly string[]).includes(field))
  return (owner?.id as StepId | undefined) ?? 'confirm'
}

/** Where a refusal sends the person back to: the step of its rule, or of its field. */
export const stepOfError = (error: { code: string; path?: string }): StepId | undefined => {
  const byRule = steps.find((step) => step.refusals?.includes(error.code as PolicyErrorCode))
  if (byRule) return byRule.id as StepId
  return error.path ? stepOfPath(error.path) : undefined
}

/** The checks of one step, on the device, before the next step shows. */
export const checkStep = (id: StepId, form: FormDraft, today: IsoDate): StepCheck => {
  const step = stepOf(id)
  const stopped = step.before?.(form)
  if (stopped) return refused(stopped)
  if (step.fields.length > 0) {
    const fields = parseInput(schemaSlice(form, step.fields), toDraft(form, today))
    if (!fields.ok) return fields
  }
  return step.after ? step.after(form, today) : passed
}
