import { todayInShanghai } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useReducer } from 'react'
import ErrorBanner from '../../components/error-banner'
import PrivacyNotice from '../../components/privacy-notice'
import StepHeader from '../../components/step-header'
import Tap from '../../components/tap'
import { useCall } from '../../hooks/use-call'
import { useFontScale } from '../../hooks/use-font-scale'
import { call } from '../../services/api'
import { preferences, savePreferences } from '../../services/preferences'
import { reveal } from '../../services/reveal'
import { askForUpdates } from '../../services/subscribe'
import { clearDraft, loadDraft, newIdempotencyKey, saveDraft } from './draft-storage'
import { emptyForm, type FormDraft, parsedDraft } from './form-draft'
import type { StepProps } from './steps/step-props'
import { useFiler } from './use-filer'
import { initialState, stepOfRefusedSubmit, unreachable, wizardReducer } from './wizard-state'
import { checkStep, positionOf, stepAfter, stepOf, WIZARD_STEPS } from './wizard-steps'
import './index.scss'

const fresh = () => ({
  today: todayInShanghai(new Date()),
  insuredRegion: preferences().insuredRegion,
  key: newIdempotencyKey(),
})

/** The filing wizard: one step per screen, the draft kept on the phone until the server has it. */
export default function FilingWizard() {
  const scale = useFontScale()
  const [state, dispatch] = useReducer(wizardReducer, undefined, () => initialState(loadDraft(), fresh()))
  const { today, form, step, key, refusal } = state
  // The one running submit: a double tap files once.
  const submission = useCall('filing.submit')
  const submitting = submission.state.status === 'loading'

  useEffect(() => {
    if (step !== 'result') saveDraft({ form, step, idempotencyKey: key })
  }, [form, step, key])

  // Each step starts at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: on each change of step only
  useEffect(() => {
    Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }, [step])

  const askServer = (current: FormDraft) => {
    const draft = parsedDraft(current, today)
    if (!draft.ok) return
    dispatch({ type: 'quoteAsked' })
    void call('filing.quote', { draft: draft.value }).then((reply) =>
      dispatch({ type: 'quoteAnswered', reply }),
    )
  }

  // A draft resumed on its confirmation card asks the server again, as arriving there would have.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the draft found on opening
  useEffect(() => {
    if (step === 'confirm') askServer(form)
  }, [])

  const change: StepProps['change'] = (patch) => dispatch({ type: 'changed', patch })
  const filer = useFiler(form, change, step === 'person')

  const next = () => {
    const check = checkStep(step, form, today)
    if (!check.ok) return dispatch({ type: 'stopped', error: check.error })
    if (step === 'person' && form.insuredRegion) savePreferences({ insuredRegion: form.insuredRegion })
    dispatch({ type: 'advanced', quote: check.value.quote })
    if (stepAfter(step) === 'confirm') askServer(form)
  }

  const submit = (idempotencyKey = key) => {
    if (submitting) return
    const draft = parsedDraft(form, today)
    if (!draft.ok) return dispatch({ type: 'submitIncomplete', error: draft.error })
    // WeChat asks for consent only inside the tap: before the submit is awaited.
    void askForUpdates(['filing_status', 'supplement_deadline'])
    dispatch({ type: 'submitStarted' })
    void submission.run({ draft: draft.value, idempotencyKey }).then((reply) => {
      if (!reply) return
      if (reply.ok) clearDraft()
      dispatch({ type: 'submitAnswered', reply })
      if (!reply.ok && !stepOfRefusedSubmit(reply.error)) reveal('wizard-outcome')
    })
  }

  const resubmitChanged = () => {
    const renewed = newIdempotencyKey()
    dispatch({ type: 'keyRenewed', key: renewed })
    submit(renewed)
  }

  const startOver = () => {
    clearDraft()
    dispatch({ type: 'startedOver', form: emptyForm(preferences().insuredRegion), key: newIdempotencyKey() })
  }

  const position = positionOf(step)
  const { title, action, personal, Component } = stepOf(step)
  const screen = (
    <Component
      form={form}
      errors={state.errors}
      change={change}
      today={today}
      refusal={refusal}
      filer={filer}
      outcome={{
        ...state.serverQuote,
        quote: state.serverQuote.quote ?? (state.serverQuote.offline ? state.localQuote : undefined),
        filing: state.filing,
      }}
      resubmitChanged={resubmitChanged}
      startOver={startOver}
    />
  )
  return (
    <View className="wizard" style={scale}>
      <StepHeader step={position} total={WIZARD_STEPS.length} title={title} />
      {state.resumed && action !== 'none' && (
        <View className="wizard__resumed" ariaRole="status">
          <Text className="wizard__resumed-text">已恢复您上次没填完的备案。</Text>
          <Tap kind="plain" onTap={startOver}>
            清空，重新填写
          </Tap>
        </View>
      )}
      {/* The card says a refused submit under itself, where the eyes are. */}
      {action === 'next' && refusal && <ErrorBanner error={refusal} />}
      {action === 'next' ? <PrivacyNotice skip={!personal}>{screen}</PrivacyNotice> : screen}
      {action !== 'none' && (
        <View className="wizard-actions">
          {position > 1 && (
            <Tap kind="secondary" onTap={() => dispatch({ type: 'wentBack' })} disabled={submitting}>
              上一步
            </Tap>
          )}
          {action === 'submit' ? (
            <Tap onTap={() => submit()} busy={submitting} disabled={state.serverQuote.checking}>
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
