// Every notice, material, commitment, checklist item, estimate line, coverage answer and FAQ answer a person
// would see cites their own region's notice, 医保发〔2022〕22号 (on a 省内 filing only where their notice is based
// on it), an example or service value, or says 参照.
import { searchFaq } from '@shared/faq'
import { FAQ_ENTRIES } from '@shared/faq/corpus'
import { profileIdFor } from '@shared/policy/profile-regions'
import { PROFILES } from '@shared/policy/profiles'
import {
  asShownTo,
  DOCUMENT_FACTS,
  DOCUMENTS,
  type DocumentKey,
  governs,
  source,
  sourceLabel,
} from '@shared/policy/sources'
import {
  CARE_TYPES,
  DIRECT_CARE_KINDS,
  FILING_TYPES,
  type FilingType,
  INSURANCE_TYPES,
} from '@shared/policy/vocabulary'
import type { Source } from '@shared/result'
import { claimChecklist } from '@shared/rules/claim-checklist'
import { stayCoverage } from '@shared/rules/coverage'
import { isCrossProvince } from '@shared/rules/cross-province'
import { estimateReimbursement } from '@shared/rules/estimate'
import { alterLockOf } from '@shared/rules/filing-changes'
import { hospitalCoverage } from '@shared/rules/hospital-coverage'
import { quoteFiling } from '@shared/rules/quote'
import { planSubmission } from '@shared/rules/submission'
import { addDays } from '@shared/time/calendar'
import { draft, INSIDE_PROVINCE_OF, REGION_OF, TODAY } from './drafts'

/** A source as shown, with whether the filing it was shown on is 跨省 (undefined: no destination known). */
type Shown = { where: string; source: Source; crossProvince?: boolean }

const isSource = (value: unknown): value is Source =>
  typeof value === 'object' && value !== null && 'doc' in value && 'clause' in value

/** Every source anywhere inside a value (a quote, a profile row, an estimate). */
const sourcesIn = (value: unknown, where: string, into: Shown[] = []): Shown[] => {
  if (isSource(value)) into.push({ where, source: value })
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) sourcesIn(item, `${where}[${index}]`, into)
  } else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) sourcesIn(item, `${where}.${key}`, into)
  return into
}

const DESTINATION = '110105'
const ADMITTED = addDays(TODAY, -3)

/** The drafts a person of this region could bring to the confirmation card, for one filing type. */
const draftsFor = (insuredRegion: string, filingType: FilingType) => [
  draft({ insuredRegion, filingType, destination: DESTINATION }),
  draft({ insuredRegion, filingType, destination: DESTINATION, admissionDate: ADMITTED }),
  draft({
    insuredRegion,
    filingType,
    destination: DESTINATION,
    relation: 'parent',
    commitment: { accepted: true, proxyConsent: true, supplementLater: true },
  }),
  draft({ insuredRegion, filingType, destination: DESTINATION, commitment: { accepted: false } }),
  draft({ insuredRegion, filingType, destination: DESTINATION, startDate: addDays(TODAY, -400) }),
  draft({ insuredRegion, filingType, destination: DESTINATION, startDate: addDays(TODAY, 400) }),
  draft({ insuredRegion, filingType, destination: insuredRegion }),
  draft({ insuredRegion, filingType, destination: INSIDE_PROVINCE_OF[profileIdFor(insuredRegion)] }),
  draft({
    insuredRegion,
    filingType,
    destination: DESTINATION,
    referral: { fromHospital: '参保地人民医院', diagnosis: '肺癌', summary: '需手术' },
    emergency: { summary: '急性心梗' },
  }),
]

const filingSources = (insuredRegion: string): Shown[] =>
  FILING_TYPES.flatMap((filingType) =>
    draftsFor(insuredRegion, filingType).flatMap((filing, index) => {
      const where = `${filingType}#${index}`
      const crossProvince = isCrossProvince(filing.insuredRegion, filing.destination)
      const quote = quoteFiling(filing, TODAY)
      const plan = planSubmission(filing, TODAY)
      const shown = sourcesIn(quote.ok ? quote.value : quote.error, `quote ${where}`)
      sourcesIn(plan.ok ? plan.value.quote : plan.error, `submit ${where}`, shown)
      if (!plan.ok) return shown.map((item) => ({ ...item, crossProvince }))
      const facts = { ...plan.value.facts, crossProvince }
      const stays: [string, string?][] = [
        [TODAY],
        [addDays(TODAY, -5)],
        [addDays(TODAY, -5), addDays(TODAY, 2)],
        [addDays(TODAY, -9), addDays(TODAY, -6)],
        [addDays(TODAY, 800)],
      ]
      for (const [admission, discharge] of stays) {
        sourcesIn(stayCoverage(facts, admission, discharge), `coverage ${where} ${admission}`, shown)
        sourcesIn(stayCoverage({ ...facts, cancelled: true }, admission), `cancelled ${where}`, shown)
        for (const care of DIRECT_CARE_KINDS) {
          const onRecord = { facts: plan.value.facts, target: plan.value.quote.target, insuredRegion }
          const hospital = { listed: false as const, name: '就医地人民医院' }
          const answer = hospitalCoverage(onRecord, hospital, care, admission, discharge)
          sourcesIn(answer, `hospital ${care} ${where} ${admission}`, shown)
        }
      }
      sourcesIn(alterLockOf(facts, TODAY), `lock ${where}`, shown)
      return shown.map((item) => ({ ...item, crossProvince }))
    }),
  )

const claimSources = (insuredRegion: string): Shown[] =>
  CARE_TYPES.flatMap((careType) => [
    ...sourcesIn(claimChecklist(insuredRegion, careType), `checklist ${careType}`),
    ...sourcesIn(claimChecklist(insuredRegion, careType, true), `checklist ${careType} injury`),
    ...INSURANCE_TYPES.flatMap((insuranceType) =>
      [undefined, ...FILING_TYPES].flatMap((filingType) =>
        [800, 5_000_000].flatMap((totalCost) =>
          sourcesIn(
            estimateReimbursement({
              insuredRegion,
              insuranceType,
              careType,
              filed: filingType !== undefined,
              filingType,
              totalCost,
            }),
            `estimate ${careType} ${insuranceType} ${filingType ?? 'unfiled'} ${totalCost}`,
          ),
        ),
      ),
    ),
  ])

const faqSources = (insuredRegion: string): Shown[] =>
  FAQ_ENTRIES.flatMap((entry) =>
    searchFaq(entry.question, { insuredRegion, limit: 20 }).flatMap((hit) =>
      hit.sources.map((source) => ({ where: `faq ${hit.id}`, source })),
    ),
  )

/** 济宁 and 湖北 name 医保发〔2022〕22号 as their basis, so it governs their filings inside the province too. */
const BASED_ON_NATIONAL = new Set(['jining-2023', 'hubei-2022'])

const foreign = (profileId: string, shown: Shown[]) => [
  ...new Set(
    shown
      .filter(({ source, crossProvince }) => !governs(profileId, source, crossProvince))
      .map(({ where, source }) => `${where}: ${sourceLabel(source)}`),
  ),
]

describe.each(PROFILES.map((profile) => [profile.id, profile] as const))(
  'a person insured under %s',
  (id, profile) => {
    const region = REGION_OF[id as keyof typeof REGION_OF]

    test('sees only governing sources in the rule tables (profiles:print, the card)', () => {
      expect(foreign(id, sourcesIn(profile, id))).toEqual([])
    })

    test('sees only governing sources on every filing type, refusal, card and coverage answer', () => {
      const shown = filingSources(region)
      expect(shown.length).toBeGreaterThan(200)
      expect(foreign(id, shown)).toEqual([])
    })

    test('sees 医保发〔2022〕22号 as 参照 on a 省内 filing unless their notice is based on it, never on a 跨省 one', () => {
      const national = (shown: Shown[]) =>
        shown.filter(({ source: cited }) => cited.doc === DOCUMENTS['national-2022'])
      const labelled = (shown: Shown[]) => [
        ...new Set(shown.map(({ where, source: cited }) => `${where}: ${sourceLabel(cited)}`)),
      ]
      const shown = filingSources(region)
      const inside = national(shown.filter(({ crossProvince }) => crossProvince === false))
      const across = national(shown.filter(({ crossProvince }) => crossProvince === true))
      expect(inside.length).toBeGreaterThan(0)
      expect(across.length).toBeGreaterThan(0)
      const wrongInside = BASED_ON_NATIONAL.has(id)
        ? inside.filter(({ source: cited }) => cited.reference)
        : inside.filter(({ source: cited }) => !cited.reference)
      expect(labelled(wrongInside)).toEqual([])
      expect(labelled(across.filter(({ source: cited }) => cited.reference))).toEqual([])
    })

    test('sees only governing sources on every checklist and estimate line', () => {
      const shown = claimSources(region)
      expect(shown.length).toBeGreaterThan(500)
      expect(foreign(id, shown)).toEqual([])
    })

    test('sees every FAQ answer with governing sources or 参照 named as such', () => {
      const shown = faqSources(region)
      expect(shown.length).toBeGreaterThan(FAQ_ENTRIES.length)
      expect(foreign(id, shown)).toEqual([])
    })

    test("the FAQ's answers written for this region cite this region's rules, not 参照", () => {
      const variants = FAQ_ENTRIES.flatMap((entry) => {
        const variant = entry.variants?.[id]
        return variant ? variant.sources.map((source) => ({ where: `faq ${entry.id} variant`, source })) : []
      })
      expect(foreign(id, variants)).toEqual([])
    })
  },
)

test("another region's clause is shown as 参照, and the label says so", () => {
  const hits = searchFaq('备案是备到某家医院还是某个城市', { insuredRegion: REGION_OF['hubei-2022'] })
  const ganzhou = hits[0].sources.find((source) => source.doc === '赣市医保字〔2019〕21号')
  expect(ganzhou && sourceLabel(ganzhou)).toBe('参照赣市医保字〔2019〕21号 一(一)')
  const own = searchFaq('备案是备到某家医院还是某个城市', { insuredRegion: REGION_OF['ganzhou-2019'] })
  expect(own[0].sources.map(sourceLabel)).toContain('赣市医保字〔2019〕21号 一(一)')
})

const NATIONAL_VALIDITY = source('national-2022', '二(三)')
test.each([
  ['jilin-2018', false, '参照医保发〔2022〕22号 二(三)'],
  ['ganzhou-2019', false, '参照医保发〔2022〕22号 二(三)'],
  ['guangdong-2015', false, '参照医保发〔2022〕22号 二(三)'],
  ['national-2022', false, '参照医保发〔2022〕22号 二(三)'],
  ['jining-2023', false, '医保发〔2022〕22号 二(三)'],
  ['hubei-2022', false, '医保发〔2022〕22号 二(三)'],
  ['jilin-2018', true, '医保发〔2022〕22号 二(三)'],
  ['guangdong-2015', true, '医保发〔2022〕22号 二(三)'],
  ['national-2022', true, '医保发〔2022〕22号 二(三)'],
  ['jilin-2018', undefined, '医保发〔2022〕22号 二(三)'],
  ['national-2022', undefined, '医保发〔2022〕22号 二(三)'],
] as const)('a person under %s filing 跨省=%s sees 22号 二(三) cited as %s', (id, crossProvince, label) => {
  expect(sourceLabel(asShownTo(id, NATIONAL_VALIDITY, crossProvince))).toBe(label)
  expect(governs(id, NATIONAL_VALIDITY, crossProvince)).toBe(!label.startsWith('参照'))
})

test('22号 governs a 省内 filing exactly where the notice of the region names it as its basis', () => {
  const namesIt = PROFILES.filter((profile) =>
    DOCUMENT_FACTS[profile.id as DocumentKey]?.basis?.includes(DOCUMENTS['national-2022']),
  ).map((profile) => profile.id)
  const governed = PROFILES.filter((profile) => governs(profile.id, NATIONAL_VALIDITY, false)).map(
    (profile) => profile.id,
  )
  expect(governed).toEqual(namesIt)
  expect(namesIt.sort()).toEqual([...BASED_ON_NATIONAL].sort())
})

test.each([
  ['jilin-2018', 'jilin-2018', '二(二)', '吉医保办〔2018〕6号 二(二)'],
  ['guangdong-2015', 'guangdong-2015', '一', '粤人社函〔2015〕674号 一'],
  ['jilin-2018', 'ganzhou-2019', '一(一)', '参照赣市医保字〔2019〕21号 一(一)'],
] as const)('a person under %s filing 省内 sees %s %s as before: %s', (id, doc, clause, label) => {
  expect(sourceLabel(asShownTo(id, source(doc, clause), false))).toBe(label)
})

test.each(PROFILES.map((profile) => [profile.id, profile] as const))(
  'a person under %s is told the 外伤 letter settles directly only where their profile offers it',
  (id, profile) => {
    const [hit] = searchFaq('在外地摔伤了，医保能直接结算吗？', {
      insuredRegion: REGION_OF[id as keyof typeof REGION_OF],
    })
    expect(hit.id).toBe('trauma-no-third-party')
    expect(hit.answer.startsWith('能')).toBe(profile.traumaCommitment !== null)
  },
)
