// The reducer walks the step table, which carries each step's screen: Taro stands in as nothing, nothing is drawn.
jest.mock('@tarojs/components', () => ({}))
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import type { DataOf } from '@shared/contract'
import type { AppError } from '@shared/result'
import type { FilingQuote } from '@shared/rules/quote.types'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { StoredDraft } from './draft-storage'
import { emptyForm } from './form-draft'
import { initialState, type WizardEvent, type WizardState, wizardReducer } from './wizard-state'
import type { StepId } from './wizard-steps'

const TODAY = '2026-12-03'
const fresh = { today: TODAY, insuredRegion: '420100', key: 'fl-fresh' }
const start = initialState(undefined, fresh)
const at = (step: StepId, extra: Partial<WizardState> = {}): WizardState => ({ ...start, step, ...extra })
const run = (state: WizardState, ...events: WizardEvent[]) => events.reduce(wizardReducer, state)

const offline: AppError = { code: 'INTERNAL', message: '网络不可用' }
const quote = { filingType: 'temporary' } as FilingQuote & DataOf<'filing.quote'>
const filing = { filingId: 'F1', status: 'effective' } as FilingView

describe('opening the wizard', () => {
  test('a fresh wizard starts at 为谁办理 with the remembered 参保地 and a new key', () => {
    expect(start).toMatchObject({ step: 'who', key: 'fl-fresh', resumed: false, errors: {} })
    expect(start.form.insuredRegion).toBe('420100')
  })

  const stored = (step: StepId, who?: 'self'): StoredDraft => ({
    form: { ...emptyForm('220100'), who },
    step,
    idempotencyKey: 'fl-stored',
    savedAt: '2026-12-03T01:00:00Z',
  })

  test('a stored draft comes back at its step with its key', () => {
    expect(initialState(stored('dates', 'self'), fresh)).toMatchObject({
      step: 'dates',
      key: 'fl-stored',
      resumed: true,
    })
  })

  test('a draft with nothing answered is not announced as resumed', () => {
    expect(initialState(stored('who'), fresh).resumed).toBe(false)
  })

  test('a look-up that was on its way when the draft was saved is asked again', () => {
    const draft = stored('person', 'self')
    draft.form.lookup = { for: 'self x', state: 'checking' }
    expect(initialState(draft, fresh).form.lookup).toBeUndefined()
  })
})

describe('moving through the steps', () => {
  test('下一步 shows the next step clean, and the resumed note goes', () => {
    const state = run(at('type', { resumed: true, errors: { x: 'y' }, refusal: offline }), {
      type: 'advanced',
    })
    expect(state).toMatchObject({ step: 'destination', resumed: false, errors: {}, refusal: undefined })
  })

  test('arriving at the card keeps the device’s quote for while the network is away', () => {
    expect(run(at('materials'), { type: 'advanced', quote }).localQuote).toBe(quote)
    expect(run(at('type'), { type: 'advanced', quote }).localQuote).toBeUndefined()
  })

  test('上一步 goes back clean', () => {
    expect(run(at('dates', { errors: { startDate: '请选择' } }), { type: 'wentBack' })).toMatchObject({
      step: 'destination',
      errors: {},
    })
  })

  test('a refused field is marked under it, with no banner', () => {
    const error: AppError = {
      code: 'VALIDATION',
      message: '请填写手机号',
      path: 'draft.insured.phone',
      issues: [{ path: 'draft.insured.phone', message: '请填写手机号' }],
    }
    const state = run(at('person'), { type: 'stopped', error })
    expect(state).toMatchObject({
      step: 'person',
      errors: { 'insured.phone': '请填写手机号' },
      refusal: undefined,
    })
  })

  test('a rule’s refusal, or a problem with no field on the step, is said in the banner: 下一步 never does nothing', () => {
    const rule: AppError = { code: 'POLICY.SAME_REGION', message: '就医地与参保地相同', path: 'destination' }
    expect(run(at('destination'), { type: 'stopped', error: rule }).refusal).toBe(rule)
    const lookup: AppError = { code: 'VALIDATION', message: '正在查询', path: 'lookup' }
    expect(run(at('person'), { type: 'stopped', error: lookup }).refusal).toBe(lookup)
  })

  test('a red message goes as soon as its field is right; none are added while typing', () => {
    const shown = at('type', { errors: { filingType: '请选择备案类型' } })
    expect(run(shown, { type: 'changed', patch: { filingType: 'temporary' } }).errors).toEqual({})
    expect(run(shown, { type: 'changed', patch: { emergencySummary: 'x' } }).errors).toEqual({
      filingType: '请选择备案类型',
    })
    expect(run(at('type'), { type: 'changed', patch: { insuredRegion: '' } }).errors).toEqual({})
  })

  test('a change may be a function of the form as it is then (an upload finishing late)', () => {
    const state = run(
      at('who'),
      { type: 'changed', patch: { agent: { name: '李四', phone: '' } } },
      { type: 'changed', patch: (form) => ({ agent: { ...form.agent, phone: '13900139000' } }) },
    )
    expect(state.form.agent).toEqual({ name: '李四', phone: '13900139000' })
  })
})

describe('the confirmation card', () => {
  test('the server’s quote replaces the device’s', () => {
    const asked = run(at('confirm'), { type: 'quoteAsked' })
    expect(asked.serverQuote).toEqual({ checking: true, offline: false })
    const answered = run(asked, { type: 'quoteAnswered', reply: { ok: true, data: quote } })
    expect(answered.serverQuote).toEqual({ quote, checking: false, offline: false })
  })

  test('no answer: the card says it is the device’s own reckoning', () => {
    const state = run(
      at('confirm'),
      { type: 'quoteAsked' },
      { type: 'quoteAnswered', reply: { ok: false, error: offline } },
    )
    expect(state.serverQuote).toEqual({ checking: false, offline: true })
    expect(state.refusal).toBeUndefined()
  })

  test('a refusal of the quote is shown on the card', () => {
    const error: AppError = { code: 'POLICY.CHANGE_LOCKED', message: '已锁定' }
    expect(run(at('confirm'), { type: 'quoteAnswered', reply: { ok: false, error } }).refusal).toBe(error)
  })
})

describe('submitting', () => {
  test('filed: the result, with the filing', () => {
    const state = run(
      at('confirm'),
      { type: 'submitStarted' },
      { type: 'submitAnswered', reply: { ok: true, data: filing } },
    )
    expect(state).toMatchObject({ step: 'result', filing })
  })

  test('no answer: stays on the card, says the draft is kept and what to do', () => {
    const state = run(at('confirm'), { type: 'submitAnswered', reply: { ok: false, error: offline } })
    expect(state.step).toBe('confirm')
    expect(state.refusal?.message).toMatch(
      /^没有提交成功：网络不可用。您填写的内容已保存在手机上，请检查网络后点“重新提交”/,
    )
  })

  test('a rule refuses: back to the step that asks it, with the reason', () => {
    const error: AppError = {
      code: 'POLICY.START_TOO_LATE',
      message: '开始日期太晚',
      path: 'draft.startDate',
    }
    const state = run(at('confirm'), { type: 'submitAnswered', reply: { ok: false, error } })
    expect(state).toMatchObject({ step: 'dates', refusal: error, errors: { startDate: '开始日期太晚' } })
  })

  test('a duplicate is refused on the card itself', () => {
    const error: AppError = { code: 'CONFLICT', message: '您已有一份相同的备案' }
    expect(run(at('confirm'), { type: 'submitAnswered', reply: { ok: false, error } })).toMatchObject({
      step: 'confirm',
      refusal: error,
    })
  })

  test('a new try clears the last outcome', () => {
    expect(run(at('confirm', { refusal: offline }), { type: 'submitStarted' }).refusal).toBeUndefined()
  })

  test('incomplete on the device: back to the step that asks what is missing', () => {
    const error: AppError = {
      code: 'VALIDATION',
      message: '请选择备案类型',
      path: 'filingType',
      issues: [{ path: 'filingType', message: '请选择备案类型' }],
    }
    expect(run(at('confirm'), { type: 'submitIncomplete', error })).toMatchObject({
      step: 'type',
      errors: { filingType: '请选择备案类型' },
    })
  })

  test('changed after an earlier submit reached the server: a new key', () => {
    expect(run(at('confirm'), { type: 'keyRenewed', key: 'fl-new' }).key).toBe('fl-new')
  })

  test('再办一份备案: an empty wizard under a new key', () => {
    const done = at('result', { filing, form: { ...start.form, who: 'self' } })
    const state = run(done, { type: 'startedOver', form: emptyForm('420100'), key: 'fl-next' })
    expect(state).toMatchObject({ step: 'who', key: 'fl-next', filing: undefined, resumed: false })
    expect(state.form.who).toBeUndefined()
  })
})
