// The words every page uses for a filing's validity and a type's terms, checked over every profile's types.
import { PROFILES } from '@shared/policy/profiles'
import type { FilingType } from '@shared/policy/vocabulary'
import { typeSummary, validityPeriod } from '@shared/rules/filing-terms'
import { quoteFiling } from '@shared/rules/quote'
import { draft, expectOk, REGION_OF, TODAY } from './drafts'

const types = PROFILES.flatMap((profile) =>
  (Object.keys(profile.types) as FilingType[]).map((filingType) => ({
    name: `${profile.id} / ${filingType}`,
    profile,
    filingType,
    rule: profile.types[filingType]!,
  })),
)

const supplementLater = types.filter(({ rule }) => rule.materials.some((material) => material.supplyLater))

test('some profile lets a material come later, so the waiting words below are exercised', () => {
  expect(supplementLater.length).toBeGreaterThan(0)
})

test.each(supplementLater.map((entry) => [entry.name, entry] as const))(
  '%s under 承诺补充: the validity promises no start date while the filing waits for its material',
  (_name, { profile, filingType }) => {
    const quote = expectOk(
      quoteFiling(
        draft({
          insuredRegion: REGION_OF[profile.id as keyof typeof REGION_OF],
          filingType,
          destination: '320500',
          commitment: { accepted: true, supplementLater: true },
        }),
        TODAY,
      ),
    )
    const words = validityPeriod(quote)
    if (quote.effectiveOnSubmit) expect(words).toContain(quote.validFrom)
    else {
      expect(words).toMatch(/^补充材料后生效/)
      expect(words).not.toContain(`${quote.validFrom} 起`)
      expect(validityPeriod({ ...quote, status: 'pending_supplement' })).toBe(words)
    }
  },
)

test('an effective filing says the day it starts', () => {
  expect(validityPeriod({ validFrom: TODAY, validUntil: null, status: 'effective' })).toBe(
    `${TODAY} 起长期有效`,
  )
  expect(validityPeriod({ validFrom: TODAY, validUntil: '2027-05-22', status: 'effective' })).toBe(
    `${TODAY} 至 2027-05-22`,
  )
})

test.each(types.map((entry) => [entry.name, entry] as const))(
  "%s: the type's summary gives its figures, and says which are example values",
  (_name, { rule }) => {
    const summary = typeSummary(rule)
    const rows = [rule.validityMonths, rule.changeLock, rule.ratioReductionPoints]
    const shownExamples = rows.filter(
      (row) =>
        row.illustrative &&
        (row === rule.validityMonths
          ? row.value !== null
          : row === rule.changeLock
            ? rule.changeLock.value.kind === 'months'
            : (row.value as number) > 0),
    )
    expect(summary.split('（示例数值）').length - 1).toBe(shownExamples.length)
    if (rule.ratioReductionPoints.value > 0)
      expect(summary).toContain(`最多低 ${rule.ratioReductionPoints.value} 个百分点`)
  },
)

test.each(types.map((entry) => [entry.name, entry] as const))(
  '%s: a validity its clause gives as the least (不少于) is said to be the least, any other as it is',
  (_name, { rule }) => {
    const months = rule.validityMonths.value
    const summary = typeSummary(rule)
    if (months === null) expect(summary).toMatch(/^长期有效/)
    else if (rule.validityMonths.floor) expect(summary).toMatch(new RegExp(`^有效期不少于 ${months} 个月`))
    else expect(summary).toMatch(new RegExp(`^有效期 ${months} 个月`))
  },
)

test('医保发〔2022〕22号 二(三) gives the temporary validity as 原则上不少于6个月: its rows say 不少于', () => {
  const national = types.filter(
    ({ rule }) => rule.validityMonths.value === 6 && rule.validityMonths.source.doc === '医保发〔2022〕22号',
  )
  expect(national.length).toBeGreaterThan(0)
  for (const { rule } of national) expect(typeSummary(rule)).toMatch(/^有效期不少于 6 个月/)
})
