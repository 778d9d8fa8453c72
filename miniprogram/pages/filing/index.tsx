import type { AppError } from '@shared/result'
import type { ExistingFiling } from '@shared/rules/filing-overlap'
import type { FilingQuote } from '@shared/rules/quote.types'
import type { FilingView } from '@shared/schemas/responses.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useRef, useState } from 'react'
import ErrorBanner from '../../components/error-banner'
import PrivacyNotice from '../../components/privacy-notice'
import StepHeader from '../../components/step-header'
import Tap from '../../components/tap'
import { useFontScale } from '../../hooks/use-font-scale'
import { call } from '../../services/api'
import { go, goHome, replace } from '../../services/navigate'
import { preferences, savePreferences } from '../../services/preferences'
import { reveal } from '../../services/reveal'
import { askForUpdates } from '../../services/subscribe'
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from './draft-storage'
import {
  checkStep,
  emptyForm,
  errorsOf,
  type FormDraft,
  parsedDraft,
  quoteSoFar,
  STEPS,
  type StepId,
  stepOfError,
} from './form-draft'
import ConfirmStep from './steps/confirm'
import DatesStep from './steps/dates'
import DestinationStep from './steps/destination'
import FilingTypeStep from './steps/filing-type'
import MaterialsStep from './steps/materials'
import PersonStep from './steps/person'
import ResultStep from './steps/result'
import type { StepProps } from './steps/step-props'
import WhoStep from './steps/who'
import './index.scss'

const FORM_STEPS: Partial<Record<StepId, (props: StepProps) => JSX.Element>> = {
  who: WhoStep,
  person: PersonStep,
  type: FilingTypeStep,
  destination: DestinationStep,
  dates: DatesStep,
  materials: MaterialsStep,
}

const stillWrong = (shown: Record<string, string>, check: ReturnType<typeof checkStep>) => {
  const now = check.ok ? {} : errorsOf(check.error)
  return Object.fromEntries(Object.entries(shown).filter(([path]) => path in now))
}

const indexOf = (step: StepId) => STEPS.findIndex((candidate) => candidate.id === step)

/** Submit failed without an answer from the rules: say what happened, keep the draft, offer a retry. */
const unreachable = (error: AppError) => error.code === 'INTERNAL'

/** The filing wizard: one step per screen, the draft kept on the phone until the server has it. */
export default function FilingWizard() {
  const scale = useFontScale()
  const today = useMemo(() => todayInShanghai(new Date()), [])
  const [stored] = useState(loadDraft)
  const [form, setForm] = useState<FormDraft>(() => stored?.form ?? emptyForm(preferences().insuredRegion))
  const [step, setStep] = useState<StepId>(() => stored?.step ?? 'who')
  const [key, setKey] = useState(() => stored?.idempotencyKey ?? newIdempotencyKey())
  // Only a draft with an answer in it is worth saying so; the note stays on the step it was resumed at.
  const [resumed, setResumed] = useState(Boolean(stored?.form.who))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [refusal, setRefusal] = useState<AppError>()
  const [serverQuote, setServerQuote] = useState<{
    quote?: FilingQuote & { existing?: ExistingFiling[] }
    checking: boolean
    offline: boolean
  }>({
    checking: false,
    offline: false,
  })
  const [localQuote, setLocalQuote] = useState<FilingQuote>()
  const [submitting, setSubmitting] = useState(false)
  const submittingRef = useRef(false)
  const [filing, setFiling] = useState<FilingView>()

  useEffect(() => {
    if (step !== 'result') saveDraft({ form, step, idempotencyKey: key })
  }, [form, step, key])

  // A red message goes as soon as its field is right; the ones still wrong stay, none are added while typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each change of the form only
  useEffect(() => {
    if (Object.keys(errors).length === 0) return
    setErrors((shown) => stillWrong(shown, checkStep(step, form, today)))
  }, [form])

  // A draft resumed on its confirmation card asks the server again, as arriving there would have.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the draft found on opening
  useEffect(() => {
    if (stored?.step !== 'confirm') return
    setLocalQuote(quoteSoFar(stored.form, today))
    askServer(stored.form)
  }, [])

  const change: StepProps['change'] = (patch) =>
    setForm((current) => ({ ...current, ...(typeof patch === 'function' ? patch(current) : patch) }))

  const show = (next: StepId) => {
    setResumed(false)
    setStep(next)
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }

  const askServer = (current: FormDraft) => {
    const draft = parsedDraft(current, today)
    if (!draft.ok) return
    setServerQuote({ checking: true, offline: false })
    void call('filing.quote', { draft: draft.value }).then((reply) => {
      if (reply.ok) return setServerQuote({ quote: reply.data, checking: false, offline: false })
      if (unreachable(reply.error)) return setServerQuote({ checking: false, offline: true })
      setServerQuote({ checking: false, offline: false })
      setRefusal(reply.error)
    })
  }

  const next = () => {
    const check = checkStep(step, form, today)
    if (!check.ok) {
      setErrors(errorsOf(check.error))
      // A problem this step has no field for is said in the banner: 下一步 never does nothing.
      const here =
        !check.error.code.startsWith('POLICY.') && check.error.path && stepOfError(check.error) === step
      setRefusal(here ? undefined : check.error)
      return
    }
    setErrors({})
    setRefusal(undefined)
    if (step === 'person' && form.insuredRegion) savePreferences({ insuredRegion: form.insuredRegion })
    const following = STEPS[indexOf(step) + 1].id
    if (following === 'confirm') {
      setLocalQuote(check.value.quote)
      askServer(form)
    }
    show(following)
  }

  const previous = () => {
    setErrors({})
    setRefusal(undefined)
    show(STEPS[Math.max(0, indexOf(step) - 1)].id)
  }

  const submit = (idempotencyKey = key) => {
    if (submittingRef.current) return
    const draft = parsedDraft(form, today)
    if (!draft.ok) {
      setErrors(errorsOf(draft.error))
      return show(stepOfError(draft.error) ?? 'who')
    }
    // WeChat asks for consent only inside the tap: before the submit is awaited.
    void askForUpdates(['filing_status', 'supplement_deadline'])
    submittingRef.current = true
    setSubmitting(true)
    setRefusal(undefined)
    void call('filing.submit', { draft: draft.value, idempotencyKey }).then((reply) => {
      submittingRef.current = false
      setSubmitting(false)
      if (reply.ok) {
        clearDraft()
        setFiling(reply.data)
        return show('result')
      }
      const back = unreachable(reply.error) ? undefined : stepOfError(reply.error)
      setRefusal(
        unreachable(reply.error)
          ? {
              ...reply.error,
              message: `没有提交成功：${reply.error.message}。您填写的内容已保存在手机上，请检查网络后点“重新提交”；也可以稍后再打开“异地就医备案”继续。`,
            }
          : reply.error,
      )
      if (back && back !== 'confirm') {
        setErrors(errorsOf(reply.error))
        show(back)
      } else reveal('wizard-outcome')
    })
  }

  const startOver = () => {
    clearDraft()
    setForm(emptyForm(preferences().insuredRegion))
    setKey(newIdempotencyKey())
    setResumed(false)
    setErrors({})
    setRefusal(undefined)
    show('who')
  }

  const position = indexOf(step) + 1
  const Step = FORM_STEPS[step]
  return (
    <View className="wizard" style={scale}>
      <StepHeader step={position} total={STEPS.length} title={STEPS[position - 1].title} />
      {resumed && step !== 'result' && (
        <View className="wizard__resumed" ariaRole="status">
          <Text className="wizard__resumed-text">已恢复您上次没填完的备案。</Text>
          <Tap kind="plain" onTap={startOver}>
            清空，重新填写
          </Tap>
        </View>
      )}
      {Step && refusal && <ErrorBanner error={refusal} />}
      {Step && (
        // 为谁办理 asks nothing personal; every later step does, so the notice comes first there.
        <PrivacyNotice skip={step === 'who'}>
          <Step form={form} errors={errors} change={change} today={today} refusal={refusal} />
        </PrivacyNotice>
      )}
      {step === 'confirm' && (
        <ConfirmStep
          form={form}
          quote={serverQuote.quote ?? (serverQuote.offline ? localQuote : undefined)}
          checking={serverQuote.checking}
          offline={serverQuote.offline}
          onOpenFiling={(id) => go('filingDetail', { id })}
        />
      )}
      {step === 'confirm' && refusal && (
        // Where the eyes are after tapping 确认提交: right above it, scrolled so both are on screen, until the next try.
        <View className="wizard__outcome" id="wizard-outcome">
          <ErrorBanner error={refusal} />
        </View>
      )}
      {step === 'confirm' && refusal?.code === 'CONFLICT' && (
        <View className="wizard-actions wizard-actions--column">
          <Tap kind="secondary" onTap={() => go('filings')}>
            查看我的备案
          </Tap>
        </View>
      )}
      {step === 'confirm' && refusal?.code === 'IDEMPOTENCY_KEY_REUSED' && (
        // An earlier submit (one that timed out, say) reached the server with other content.
        <View className="wizard-actions wizard-actions--column">
          <Tap kind="secondary" onTap={() => go('filings')}>
            查看已提交的备案
          </Tap>
          <Tap
            kind="secondary"
            onTap={() => {
              const fresh = newIdempotencyKey()
              setKey(fresh)
              submit(fresh)
            }}
          >
            按修改后的内容重新提交
          </Tap>
        </View>
      )}
      {step === 'result' && filing && (
        <ResultStep
          filing={filing}
          today={today}
          onOpen={() => replace('filingDetail', { id: filing.filingId })}
          onAnother={startOver}
          onHome={goHome}
        />
      )}
      {step !== 'result' && (
        <View className="wizard-actions">
          {step !== 'who' && (
            <Tap kind="secondary" onTap={previous} disabled={submitting}>
              上一步
            </Tap>
          )}
          {step === 'confirm' ? (
            <Tap onTap={() => submit()} busy={submitting} disabled={serverQuote.checking}>
              {submitting ? '正在提交…' : refusal && unreachable(refusal) ? '重新提交' : '确认提交'}
            </Tap>
          ) : (
            <Tap onTap={next}>下一步</Tap>
          )}
        </View>
      )}
    </View>
  )
}
