// What each line of the confirmation card and each coverage answer says, found in the clause it cites: a walk over
// every profile × filing type × draft, checked against the notices' texts (docs/notices/). Lines cited to
// 医保发〔2022〕22号 (text not held), an example value or a service rule are not checkable here.
import { PROFILES } from '@shared/policy/profiles'
import { documentKeyOf, sourceLabel } from '@shared/policy/sources'
import { FILING_TYPES } from '@shared/policy/vocabulary'
import type { Source } from '@shared/result'
import { stayCoverage } from '@shared/rules/coverage'
import { estimateReimbursement } from '@shared/rules/estimate'
import { quoteFiling } from '@shared/rules/quote'
import { planSubmission } from '@shared/rules/submission'
import { addDays } from '@shared/time/calendar'
import { draft, REGION_OF, TODAY } from './drafts'
import { clauseWords, HELD_TEXTS } from './notice-texts'

/** The words the cited clause must hold for the line to be its rule, by card line code. */
const CLAIMS: Record<string, RegExp> = {
  TARGET: /统筹(地)?区/,
  VALIDITY: /有效|终止日期/,
  CHANGE_LOCK: /变更/,
  HOME_SETTLEMENT_SUSPENDED: /暂停/,
  TWO_WAY: /回参保地就医/,
  RATIO_REDUCED: /支付比例/,
  SETTLEMENT_LIMIT: /各限结算一次/,
  CATALOGUE: /就医地[^,.;]*(支付范围|医保目录)/,
  OUTPATIENT: /门诊/,
  ADMITTED_FIRST: /晚于入院时间但早于出院时间|先入院后备案/,
  EMERGENCY_UNFILED: /视同已备案|补办|先入院后备案/,
  TRAUMA_COMMITMENT: /外伤无第三方责任承诺书/,
  SUPPLEMENT_EFFECT: /补充材料后即时生效/,
  SUPPLEMENT_DUE: /逾期/,
  // Always cited to the example table, never to a clause.
  EXAMPLE_VALUES: /示例/,
  // Coverage answers, by what they say.
  'coverage:逾期': /逾期/,
}

type Line = { profile: string; code: string; text: string; source: Source }

const held = (from: Source) => HELD_TEXTS.find((key) => key === documentKeyOf(from))

const linesOf = (profileId: string): Line[] => {
  const insuredRegion = REGION_OF[profileId as keyof typeof REGION_OF]
  return FILING_TYPES.flatMap((filingType) =>
    [
      draft({ insuredRegion, filingType, destination: '110105' }),
      draft({ insuredRegion, filingType, destination: '110105', admissionDate: addDays(TODAY, -3) }),
      draft({
        insuredRegion,
        filingType,
        destination: '110105',
        relation: 'parent',
        commitment: { accepted: true, proxyConsent: true, supplementLater: true },
      }),
    ].flatMap((filing) => {
      const quote = quoteFiling(filing, TODAY)
      if (!quote.ok) return []
      const lines: Line[] = quote.value.notices.map(({ code, text, source }) => ({
        profile: profileId,
        code,
        text,
        source,
      }))
      const plan = planSubmission(filing, TODAY)
      if (plan.ok && plan.value.facts.supplementDeadline) {
        const lapsed = stayCoverage(plan.value.facts, addDays(plan.value.facts.supplementDeadline, 1))
        if (lapsed.ok && lapsed.value.reason.includes('逾期'))
          lines.push({
            profile: profileId,
            code: 'coverage:逾期',
            text: lapsed.value.reason,
            source: lapsed.value.source,
          })
      }
      return lines
    }),
  )
}

const LINES = [
  ...new Map(
    PROFILES.flatMap((profile) => linesOf(profile.id)).map((line) => [
      `${line.profile} ${line.code} ${sourceLabel(line.source)}`,
      line,
    ]),
  ).values(),
]

test('the walk reaches every kind of card line, and each has its claim', () => {
  const codes = new Set(LINES.map((line) => line.code))
  expect([...codes].filter((code) => !CLAIMS[code])).toEqual([])
  expect(codes.size).toBeGreaterThan(12)
})

test.each(
  LINES.filter((line) => held(line.source)).map((line) => [
    line.profile,
    line.code,
    sourceLabel(line.source),
    line,
  ]),
)('%s: %s is stated by %s', (_profile, code, _label, line) => {
  const { source, text } = line as Line
  expect([text, clauseWords(held(source)!, source.clause)]).toEqual([
    text,
    expect.stringMatching(CLAIMS[code as string]),
  ])
})

/** What an unfiled emergency's estimate line says, and the words its clause must hold for it. */
const EMERGENCY_PHRASES: [string, RegExp][] = [
  ['视同已备案', /视同已备案/],
  ['不因未备案下调', /视同已备案|异地急诊除外/],
]

test.each(PROFILES.map((profile) => [profile.id]))(
  '%s: an unfiled emergency’s estimate says only what its cited clause says',
  (id) => {
    const lines = estimateReimbursement({
      insuredRegion: REGION_OF[id as keyof typeof REGION_OF],
      insuranceType: 'employee',
      careType: 'emergency',
      filed: false,
      totalCost: 5000,
    }).lines.filter((line) => line.text.startsWith('急诊抢救未备案'))
    for (const { text, source } of lines) {
      const key = held(source)
      if (!key) continue
      for (const [phrase, clause] of EMERGENCY_PHRASES)
        if (text.includes(phrase))
          expect([text, clauseWords(key, source.clause)]).toEqual([text, expect.stringMatching(clause)])
    }
  },
)
