// The step table carries each step's screen: Taro stands in as nothing, no screen is drawn here.
jest.mock('@tarojs/components', () => ({}))
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import { emptyForm, type FormDraft, toDraft } from './form-draft'
import { ALREADY_FILED, type LookupAnswer, lookupSubject } from './insured-lookup'
import { checkStep, NOT_VERIFIED } from './wizard-steps'

const TODAY = '2026-12-03'
const ME = { name: '张三', idNumberMasked: '4201**********1230' }

/** 为本人办理 by a verified account, on the person step, with the platform's answer `answer`. */
const mine = (answer?: LookupAnswer, patch: Partial<FormDraft> = {}): FormDraft => {
  const form: FormDraft = {
    ...emptyForm('420100'),
    who: 'self',
    relation: 'self',
    identity: ME,
    insured: { name: '', idNumber: '', phone: '13800138000' },
    insuranceType: 'employee',
    ...patch,
  }
  const key = lookupSubject(form)?.key ?? ''
  return answer ? { ...form, lookup: { for: key, state: 'done', answer } } : form
}

const check = (form: FormDraft) => checkStep('person', form, TODAY)
const messageOf = (form: FormDraft) => {
  const result = check(form)
  return result.ok ? undefined : result.error.message
}

test('为本人办理 stops at the first step until the account is verified', () => {
  const unverified = { ...emptyForm(), who: 'self' as const, relation: 'self' as const }
  expect(checkStep('who', unverified, TODAY)).toMatchObject({ ok: false, error: { message: NOT_VERIFIED } })
  expect(checkStep('who', { ...unverified, identity: ME }, TODAY).ok).toBe(true)
})

test('the verified person’s draft carries the name and leaves the ID number to the server', () => {
  const draft = toDraft(mine({ outcome: 'insured', filings: [] }), TODAY)
  expect(draft.insured).toEqual({ name: '张三', phone: '13800138000' })
  expect(check(mine({ outcome: 'insured', filings: [] })).ok).toBe(true)
})

test('下一步 waits for the look-up', () => {
  expect(messageOf(mine())).toContain('正在向医保信息平台查询')
})

test('a person the platform does not know is stopped with its message and the hotline', () => {
  const message =
    '医保信息平台未查到该身份证号的参保信息，请核对姓名和身份证号；如确已参保，请拨打 12393 咨询'
  expect(messageOf(mine({ outcome: 'not_insured', filings: [], message }))).toBe(message)
})

test('a 备案 already on the platform stops a second one', () => {
  const held = {
    number: 'R0000000001',
    destination: { code: '110105', name: '北京市朝阳区' },
    validFrom: '2026-11-01',
    validUntil: null,
  }
  expect(messageOf(mine({ outcome: 'insured', filings: [held] }))).toBe(ALREADY_FILED)
  // One this account made here is the confirmation card's to weigh (it lists overlaps, refuses an identical one).
  expect(check(mine({ outcome: 'insured', filings: [{ ...held, filingId: 'fl_1' }] })).ok).toBe(true)
})

test('the platform not answering, or asking too often, lets the person go on; a refusal to act for them does not', () => {
  expect(check(mine({ outcome: 'unavailable', filings: [], message: '暂时无法查询' })).ok).toBe(true)
  const failed = (code: 'RATE_LIMITED' | 'FORBIDDEN' | 'INTERNAL'): FormDraft => ({
    ...mine(),
    lookup: { for: `self ${ME.idNumberMasked}`, state: 'failed', error: { code, message: '不行' } },
  })
  expect(check(failed('RATE_LIMITED')).ok).toBe(true)
  expect(check(failed('INTERNAL')).ok).toBe(true)
  expect(messageOf(failed('FORBIDDEN'))).toBe('不行')
})

test('参保地 other than the platform’s needs a reason, and the draft records both', () => {
  const answer: LookupAnswer = {
    outcome: 'insured',
    insuredRegion: { code: '420100', name: '湖北省 武汉市' },
    insuranceType: 'employee',
    filings: [],
  }
  const moved = mine(answer, { insuredRegion: '420500' })
  expect(check(moved)).toMatchObject({ ok: false, error: { issues: [{ path: 'correction.reason' }] } })
  const explained = { ...moved, correctionReason: '今年已把医保关系转到宜昌' }
  expect(check(explained).ok).toBe(true)
  expect(toDraft(explained, TODAY).correction).toEqual({
    reason: '今年已把医保关系转到宜昌',
    insuredRegion: '420100',
    insuranceType: 'employee',
  })
  expect(toDraft(mine(answer), TODAY)).not.toHaveProperty('correction')
})

test('代办 for a chosen family member: the ID number typed must be theirs', () => {
  const form: FormDraft = {
    ...emptyForm('420100'),
    who: 'family',
    relation: 'child',
    proxyFor: { name: '王芳', idNumberMasked: '4201**********1230' },
    insured: { name: '王芳', idNumber: '360702195006067894', phone: '13800138000' },
    insuranceType: 'employee',
  }
  expect(lookupSubject(form)).toBeUndefined()
  expect(check(form)).toMatchObject({ ok: false, error: { path: 'insured.idNumber' } })
  const right = { ...form, insured: { ...form.insured, idNumber: '420105198001011230' } }
  expect(lookupSubject(right)).toEqual({
    key: '420105198001011230',
    insured: { name: '王芳', idNumber: '420105198001011230' },
  })
})
