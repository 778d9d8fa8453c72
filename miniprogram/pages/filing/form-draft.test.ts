import { profileIdFor } from '@shared/policy/profile-regions'
import { PROFILES } from '@shared/policy/profiles'
import type { FilingType } from '@shared/policy/vocabulary'
import { cityChoices } from '@shared/regions/region-search'
import { checkStep, emptyForm, type FormDraft, quoteSoFar } from './form-draft'

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
