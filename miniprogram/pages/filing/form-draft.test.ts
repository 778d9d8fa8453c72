// The step table carries each step's screen: Taro stands in as nothing, no screen is drawn here.
jest.mock('@tarojs/components', () => ({}))
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import { profileIdFor } from '@shared/policy/profile-regions'
import { PROFILES } from '@shared/policy/profiles'
import type { FilingType } from '@shared/policy/vocabulary'
import { cityChoices } from '@shared/regions/region-search'
import { emptyForm, errorsOf, type FormDraft, quoteSoFar, toDraft } from './form-draft'
import { checkStep } from './wizard-steps'

const TODAY = '2026-12-03'

/** The form as the person has it on the dates step: everything before it answered, nothing after. */
const onDatesStep = (insuredRegion: string, filingType: FilingType): FormDraft => ({
  ...emptyForm(insuredRegion),
  who: 'self',
  relation: 'self',
  insured: { name: '张三', idNumber: '420105198001011230', phone: '13800138000' },
  insuranceType: 'employee',
  filingType,
  destination: '320500',
})

const cityOf = (profileId: string) =>
  cityChoices().find((city) => profileIdFor(city.code) === profileId && !city.code.startsWith('32'))!.code

const everyType = PROFILES.flatMap((profile) =>
  (Object.keys(profile.types) as FilingType[]).map((type) => [profile.id, type] as const),
)

describe.each(everyType)('%s / %s on the dates step', (profileId, filingType) => {
  const form = onDatesStep(cityOf(profileId), filingType)

  test('the date bounds are known before the referral or emergency details are asked', () => {
    const quote = quoteSoFar(form, TODAY)
    expect(quote?.latestStart).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test('下一步 moves on', () => {
    expect(checkStep('dates', form, TODAY)).toMatchObject({ ok: true })
  })
})

test('the materials step still asks for the referral details', () => {
  const form = { ...onDatesStep('420100', 'referral'), commitmentAccepted: true }
  const check = checkStep('materials', form, TODAY)
  expect(check.ok).toBe(false)
})

describe('the contract draft made from the form', () => {
  const family: FormDraft = {
    ...onDatesStep('420100', 'temporary'),
    who: 'family',
    relation: 'child',
    agent: { name: '李四', phone: '13900139000' },
    proxyConsent: true,
  }

  test('为本人办理 by a verified account leaves the ID number to the server', () => {
    const own = {
      ...onDatesStep('420100', 'temporary'),
      identity: { name: '张三', idNumberMasked: '4201**********1230' },
    }
    expect(toDraft(own, TODAY).insured).toEqual({ name: '张三', phone: '13800138000' })
  })

  test('代办 carries the agent and the insured person’s consent', () => {
    const draft = toDraft(family, TODAY)
    expect(draft.agent).toEqual({ name: '李四', phone: '13900139000' })
    expect(draft.commitment).toMatchObject({ proxyConsent: true })
    expect(draft.insured).toMatchObject({ idNumber: '420105198001011230' })
  })

  test('only finished uploads become materials', () => {
    const form: FormDraft = {
      ...family,
      uploads: {
        residence_proof: [
          { uid: 'a', name: 'a.jpg', status: 'done', progress: 100, fileID: 'f_1' },
          { uid: 'b', name: 'b.jpg', status: 'uploading', progress: 40 },
        ],
      },
    }
    expect(toDraft(form, TODAY).materials).toEqual([{ kind: 'residence_proof', fileID: 'f_1' }])
  })

  test('the start date is today unless one was chosen; an admission date only when in hospital', () => {
    expect(toDraft(family, TODAY).startDate).toBe(TODAY)
    expect(toDraft({ ...family, admissionDate: '2026-12-01' }, TODAY)).not.toHaveProperty('admissionDate')
    expect(toDraft({ ...family, inHospital: true, admissionDate: '2026-12-01' }, TODAY).admissionDate).toBe(
      '2026-12-01',
    )
  })
})

test('field errors are keyed without draft., the first message for a field wins', () => {
  expect(
    errorsOf({
      message: '请填写姓名',
      path: 'draft.insured.name',
      issues: [
        { path: 'draft.insured.name', message: '请填写姓名' },
        { path: 'draft.insured.name', message: '姓名太长' },
        { path: 'draft.destination', message: '请在下面的列表中点选城市' },
      ],
    }),
  ).toEqual({ 'insured.name': '请填写姓名', destination: '请在下面的列表中点选城市' })
})
