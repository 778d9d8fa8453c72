// The step table carries each step's screen: Taro stands in as nothing, no screen is drawn here.
jest.mock('@tarojs/components', () => ({}))
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import { POLICY_RULES } from '@shared/result'
import { filingDraftSchema } from '@shared/schemas/filing.schema'
import { emptyForm, type FormDraft } from './form-draft'
import {
  checkStep,
  NOT_VERIFIED,
  positionOf,
  type StepId,
  stepAfter,
  stepBefore,
  stepOfError,
  stepOfPath,
  WIZARD_STEPS,
} from './wizard-steps'

const TODAY = '2026-12-03'
const ids = WIZARD_STEPS.map((step) => step.id)

describe('the table', () => {
  test('every field of the contract draft is asked by exactly one step', () => {
    const asked = WIZARD_STEPS.flatMap((step) => step.fields as readonly string[])
    expect([...asked].sort()).toEqual(Object.keys(filingDraftSchema.shape).sort())
  })

  test('the steps run in the table order, first to result, and the ends stay put', () => {
    expect(ids.map((id, index) => positionOf(id) === index + 1)).not.toContain(false)
    expect(ids.slice(0, -1).map(stepAfter)).toEqual(ids.slice(1))
    expect(ids.slice(1).map(stepBefore)).toEqual(ids.slice(0, -1))
    expect(stepBefore('who')).toBe('who')
    expect(stepAfter('result')).toBe('result')
  })

  test('only the card submits, only the result has no button, and every step before the card says 下一步', () => {
    expect(WIZARD_STEPS.map((step) => step.action)).toEqual([
      ...ids.slice(0, -2).map(() => 'next'),
      'submit',
      'none',
    ])
  })

  test('为谁办理 asks nothing personal; every later form step shows the privacy notice first', () => {
    expect(
      WIZARD_STEPS.filter((step) => step.action === 'next' && !step.personal).map((step) => step.id),
    ).toEqual(['who'])
  })
})

describe('a server issue finds its step', () => {
  test.each([
    ['draft.relation', 'who'],
    ['agent.phone', 'who'],
    ['draft.commitment.proxyConsent', 'who'],
    ['who', 'who'],
    ['draft.insured.idNumber', 'person'],
    ['insuredRegion', 'person'],
    ['correction.reason', 'person'],
    ['draft.filingType', 'type'],
    ['destination', 'destination'],
    ['draft.startDate', 'dates'],
    ['admissionDate', 'dates'],
    ['draft.commitment.accepted', 'materials'],
    ['materials.0.fileID', 'materials'],
    ['referral.diagnosis', 'materials'],
    ['emergency.summary', 'materials'],
    ['idempotencyKey', 'confirm'],
  ] as [string, StepId][])('%s → %s', (path, step) => {
    expect(stepOfPath(path)).toBe(step)
  })

  test.each([
    ['POLICY.TYPE_NOT_OFFERED', 'type'],
    ['POLICY.SAME_REGION', 'destination'],
    ['POLICY.BACKDATE_LIMIT', 'dates'],
    ['POLICY.START_TOO_LATE', 'dates'],
    ['POLICY.MATERIALS_REQUIRED', 'materials'],
  ] as [string, StepId][])('the rule %s sends the person to %s, whatever its path', (code, step) => {
    expect(stepOfError({ code, path: 'draft.insured.name' })).toBe(step)
  })

  test('a refusal with neither a step rule nor a path has no step', () => {
    expect(stepOfError({ code: 'CONFLICT' })).toBeUndefined()
  })

  test('every rule a step claims is one of the core’s rules', () => {
    const claimed = WIZARD_STEPS.flatMap((step) => ('refusals' in step ? [...step.refusals] : []))
    expect(claimed.filter((code) => !POLICY_RULES.some((rule) => code === `POLICY.${rule}`))).toEqual([])
  })
})

describe('the checks of a step', () => {
  const filled: FormDraft = {
    ...emptyForm('420100'),
    who: 'family',
    relation: 'child',
    agent: { name: '李四', phone: '13900139000' },
    proxyConsent: true,
    insured: { name: '张三', idNumber: '420105198001011230', phone: '13800138000' },
    insuranceType: 'employee',
    filingType: 'temporary',
    destination: '320500',
    // The 医保信息平台 did not answer: that stops no one (staff check it).
    lookup: {
      for: '420105198001011230',
      state: 'failed',
      error: { code: 'INTERNAL', message: '网络不可用' },
    },
  }

  test('为谁办理 unanswered says so, on the question', () => {
    expect(checkStep('who', emptyForm(), TODAY)).toMatchObject({
      ok: false,
      error: { path: 'who', message: '请选择为谁办理' },
    })
  })

  test('为本人办理 without 实名认证 is stopped at its step', () => {
    expect(checkStep('who', { ...emptyForm(), who: 'self', relation: 'self' }, TODAY)).toMatchObject({
      ok: false,
      error: { path: 'who', message: NOT_VERIFIED },
    })
  })

  test('代办 without the insured person’s consent is refused by the core’s rule', () => {
    expect(checkStep('who', { ...filled, proxyConsent: false }, TODAY)).toMatchObject({
      ok: false,
      error: { path: 'draft.commitment.proxyConsent' },
    })
  })

  test('a step checks only its own fields: an empty 就医地 does not stop 参保人信息', () => {
    expect(checkStep('person', { ...filled, destination: undefined }, TODAY)).toMatchObject({ ok: true })
    expect(checkStep('destination', { ...filled, destination: undefined }, TODAY)).toMatchObject({
      ok: false,
      error: { issues: [expect.objectContaining({ path: 'destination' })] },
    })
  })

  test('the same city as 参保地 is refused on the 就医地 step', () => {
    expect(checkStep('destination', { ...filled, destination: '420100' }, TODAY)).toMatchObject({
      ok: false,
      error: { code: 'POLICY.SAME_REGION' },
    })
  })

  test('the ID number typed for the person who authorised 代办 must be theirs', () => {
    const form = { ...filled, proxyFor: { name: '张三', idNumberMasked: '4201**********9999' } }
    expect(checkStep('person', form, TODAY)).toMatchObject({
      ok: false,
      error: { path: 'insured.idNumber', message: expect.stringContaining('身份证号不一致') },
    })
  })

  test('the dates step answers with the quote the card will show', () => {
    const check = checkStep('dates', filled, TODAY)
    expect(check.ok && check.value.quote?.filingType).toBe('temporary')
  })

  test('the card and the result check nothing more', () => {
    expect(checkStep('confirm', emptyForm(), TODAY)).toEqual({ ok: true, value: {} })
    expect(checkStep('result', emptyForm(), TODAY)).toEqual({ ok: true, value: {} })
  })
})
