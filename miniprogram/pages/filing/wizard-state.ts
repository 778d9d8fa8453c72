/**
 * The wizard page's state and every way it changes, as one reducer: the page sends what happened (a change,
 * 下一步, an answer from the server) and draws what this returns. Pure: the page makes the calls.
 */
import type { DataOf } from '@shared/contract'
import type { Envelope } from '@shared/envelope'
import type { AppError } from '@shared/result'
import type { FilingQuote } from '@shared/rules/quote.types'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { IsoDate } from '@shared/time/calendar'
import type { StoredDraft } from './draft-storage'
import { emptyForm, errorsOf, type FormDraft, quoteSoFar } from './form-draft'
import type { Outcome, StepProps } from './steps/step-props'
import { checkStep, type StepId, stepAfter, stepBefore, stepOfError } from './wizard-steps'

export interface WizardState {
  today: IsoDate
  form: FormDraft
  step: StepId
  /** One per draft: a double tap, or a retry after a timeout, files once. */
  key: string
  /** A draft with an answer in it was found on opening; said until the person moves on. */
  resumed: boolean
  errors: Record<string, string>
  refusal?: AppError
  /** The server's quote for the card; the device's own stands in while the network is away. */
  serverQuote: Pick<Outcome, 'quote' | 'checking' | 'offline'>
  localQuote?: FilingQuote
  filing?: FilingView
}

export type WizardEvent =
  | { type: 'changed'; patch: Parameters<StepProps['change']>[0] }
  /** 下一步 passed the step's checks (the dates and materials steps give the quote so far). */
  | { type: 'advanced'; quote?: FilingQuote }
  /** 下一步 was refused by the step's checks. */
  | { type: 'stopped'; error: AppError }
  | { type: 'wentBack' }
  | { type: 'quoteAsked' }
  | { type: 'quoteAnswered'; reply: Envelope<DataOf<'filing.quote'>> }
  /** 确认提交 found the draft incomplete on the device: back to the step that asks what is missing. */
  | { type: 'submitIncomplete'; error: AppError }
  | { type: 'submitStarted' }
  | { type: 'submitAnswered'; reply: Envelope<DataOf<'filing.submit'>> }
  | { type: 'keyRenewed'; key: string }
  | { type: 'startedOver'; form: FormDraft; key: string }

/** A draft saved while the look-up was on its way asks again; one from before the look-up has its fields. */
const resumable = (form: FormDraft): FormDraft => ({
  ...form,
  correctionReason: form.correctionReason ?? '',
  lookup: form.lookup?.state === 'checking' ? undefined : form.lookup,
})

export const initialState = (
  stored: StoredDraft | undefined,
  fresh: { today: IsoDate; insuredRegion?: string; key: string },
): WizardState => {
  const form = stored ? resumable(stored.form) : emptyForm(fresh.insuredRegion)
  const step = stored?.step ?? 'who'
  return {
    today: fresh.today,
    form,
    step,
    key: stored?.idempotencyKey ?? fresh.key,
    // Only a draft with an answer in it is worth saying so.
    resumed: Boolean(stored?.form.who),
    errors: {},
    serverQuote: { checking: false, offline: false },
    // A draft resumed on its card: the device's quote until the server's (asked on opening) comes.
    localQuote: step === 'confirm' ? quoteSoFar(form, fresh.today) : undefined,
  }
}

/** A failure without an answer from the rules: the draft is kept, and a retry offered. */
export const unreachable = (error: AppError) => error.code === 'INTERNAL'

/** Where a refused submit sends the person: the step with the field or rule at fault, or nowhere (the card). */
export const stepOfRefusedSubmit = (error: AppError): StepId | undefined => {
  const back = unreachable(error) ? undefined : stepOfError(error)
  return back === 'confirm' ? undefined : back
}

/** Another step on screen: the resumed note has done its work. */
const shown = (state: WizardState, step: StepId): WizardState => ({ ...state, step, resumed: false })

/** Moving on or back by the person's own tap starts the new step clean. */
const clean = { errors: {}, refusal: undefined }

/** A red message goes as soon as its field is right; the ones still wrong stay, none are added while typing. */
const stillWrong = (state: WizardState, form: FormDraft) => {
  if (Object.keys(state.errors).length === 0) return state.errors
  const check = checkStep(state.step, form, state.today)
  const now = check.ok ? {} : errorsOf(check.error)
  return Object.fromEntries(Object.entries(state.errors).filter(([path]) => path in now))
}

export const wizardReducer = (state: WizardState, event: WizardEvent): WizardState => {
  switch (event.type) {
    case 'changed': {
      const patch = typeof event.patch === 'function' ? event.patch(state.form) : event.patch
      const form = { ...state.form, ...patch }
      return { ...state, form, errors: stillWrong(state, form) }
    }
    case 'advanced': {
      const next = stepAfter(state.step)
      return { ...shown(state, next), ...clean, ...(next === 'confirm' ? { localQuote: event.quote } : {}) }
    }
    case 'stopped': {
      const { error } = event
      // A problem this step has no field for is said in the banner: 下一步 never does nothing.
      const here = !error.code.startsWith('POLICY.') && error.path && stepOfError(error) === state.step
      return { ...state, errors: errorsOf(error), refusal: here ? undefined : error }
    }
    case 'wentBack':
      return { ...shown(state, stepBefore(state.step)), ...clean }
    case 'quoteAsked':
      return { ...state, serverQuote: { checking: true, offline: false } }
    case 'quoteAnswered': {
      const { reply } = event
      if (reply.ok) return { ...state, serverQuote: { quote: reply.data, checking: false, offline: false } }
      if (unreachable(reply.error)) return { ...state, serverQuote: { checking: false, offline: true } }
      return { ...state, serverQuote: { checking: false, offline: false }, refusal: reply.error }
    }
    case 'submitIncomplete':
      return { ...shown(state, stepOfError(event.error) ?? 'who'), errors: errorsOf(event.error) }
    case 'submitStarted':
      return { ...state, refusal: undefined }
    case 'submitAnswered': {
      const { reply } = event
      if (reply.ok) return { ...shown(state, 'result'), filing: reply.data }
      const refusal = unreachable(reply.error)
        ? {
            ...reply.error,
            message: `没有提交成功：${reply.error.message}。您填写的内容已保存在手机上，请检查网络后点“重新提交”；也可以稍后再打开“异地就医备案”继续。`,
          }
        : reply.error
      const back = stepOfRefusedSubmit(reply.error)
      return back ? { ...shown(state, back), errors: errorsOf(reply.error), refusal } : { ...state, refusal }
    }
    case 'keyRenewed':
      return { ...state, key: event.key }
    case 'startedOver':
      return { ...shown(state, 'who'), ...clean, form: event.form, key: event.key, filing: undefined }
  }
}
