// No number without a clause that states it: every number a profile gives without `illustrative` is found in
// the words of the clause it cites, quoted here and found in that clause of the notice's text (docs/notices/).
// A new row with a number needs its quote. 医保发〔2022〕22号's text is not held, so its numbers cannot be checked
// here: they are listed below, and profiles:print marks them as unchecked.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROFILES } from '@shared/policy/profiles'
import { clauseTextHeld, DOCUMENT_FACTS, documentKeyOf, sourceLabel } from '@shared/policy/sources'
import { CARE_TYPES, FILING_TYPES, INSURANCE_TYPES } from '@shared/policy/vocabulary'
import type { Source } from '@shared/result'
import { estimateReimbursement } from '@shared/rules/estimate'
import { REGION_OF } from './drafts'
import { clauseWords, HELD_TEXTS, normalize } from './notice-texts'

/** The clauses' own words, by `notice clause`. */
const CLAUSE_WORDS: Record<string, string> = {
  '济宁市医疗保障局异地就医十项便民措施（2023-11-09） 四(一)':
    '未在备案地发生医疗费用的，可随时变更或取消备案在备案地发生医疗费用的，变更备案或取消备案的时限统一规定为 6 个月。',
  '济宁市医疗保障局异地就医十项便民措施（2023-11-09） 四(二)':
    '补办异地长期居住备案的，按国家备案规定执行，备案起始日期自补办备案之日最多可往前提前 5 日；补办临时外出就医备案的，备案起始日期不受限制。',
  '赣市医保字〔2019〕21号 一(四)':
    '参保人员办理异地安置、异地长期居住、长驻异地工作备案后, 暂停参保人在参保地就医购药刷卡结算, 原则上一年内不得变更或取消异地备案。参保人员办理转诊转院、异地急诊备案后, 可在备案地已联网的定点医院刷卡直接结算, 备案期间门诊和住院各限结算一次',
  '赣市医保字〔2019〕21号 三(二)':
    '未按规定办理异地就医备案，参保人员可申请手工报销结算，按照赣州市的医保目录、住院起付线、最高支付限额等标准结算，但报销比例在现行统筹地区外报账比例的基础上下降 10%(异地急诊除外)。',
  '鄂医保办〔2022〕28号 二(一)':
    '异地转诊人员、其他临时外出就医人员办理异地就医登记备案后，备案有效期为 6 个月，有效期内可在就医地多次就诊并享受异地就医直接结算服务。',
  '鄂医保办〔2022〕28号 三(一)':
    '异地安置退休人员、异地长期居住人员、常驻异地工作人员在备案地就医报销待遇原则上与本地就医一致。异地转诊人员支付比例原则上较本地就医下降不超过 10 个百分点，其他临时外出就医人员支付比例原则上较本地就医下降不超过 20 个百分点。',
  '粤人社函〔2015〕674号 一': '异地居住退休人员原则上执行参保地支付比例，不按转外就医的支付比例。',
}

/** How a clause may write a number in words: 一年 is 12 months, 一次 once, "as at home" no reduction. */
const IN_WORDS: Record<number, string[]> = {
  0: ['与本地就医一致', '不按转外就医的支付比例'],
  1: ['一次'],
  12: ['一年'],
}

/** The clause gives the number as an upper bound: 下降不超过 10 个百分点. */
const bounds = (words: string, value: number) => new RegExp(`不超过\\s*${value}(?![\\d.])`).test(words)

/** The clause cuts by a percent of the ratio (下降 10%), not by points. */
const cutsByPercent = (words: string, value: number) => new RegExp(`(?<![\\d.])${value}\\s*%`).test(words)

const states = (words: string, value: number) =>
  new RegExp(`(?<![\\d.])${value}(?![\\d.])`).test(words) ||
  (IN_WORDS[value] ?? []).some((phrase) => words.includes(phrase))

type Row = {
  value: unknown
  source: Source
  illustrative?: boolean
  ceiling?: boolean
  /** The clause's upper bound where the value is an example below it: a number the clause must state. */
  bound?: unknown
  supersedes?: Row
}

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && 'value' in value && 'source' in value

const numbersIn = (value: unknown): number[] => {
  if (typeof value === 'number') return [value]
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn)
  return []
}

/**
 * Every row with a number its clause must state, wherever it sits in a profile: a non-illustrative value, the bound
 * an example value sits under (吉林's 随时 under 国 二(三)'s 6 months), and a superseded value.
 */
const numericRows = (value: unknown, where: string): { where: string; row: Row }[] => {
  if (isRow(value)) {
    const bound =
      value.bound === undefined
        ? []
        : [{ where: `${where}.bound`, row: { value: value.bound, source: value.source, ceiling: true } }]
    const own = !value.illustrative && numbersIn(value.value).length > 0 ? [{ where, row: value }] : []
    if (value.bound !== undefined) own.push(...bound)
    return value.supersedes ? [...own, ...numericRows(value.supersedes, `${where}.supersedes`)] : own
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => numericRows(item, `${where}.${key}`))
  return []
}

const ALL_ROWS = PROFILES.flatMap((profile) => numericRows(profile, profile.id))
const ROWS = ALL_ROWS.filter(({ row }) => clauseTextHeld(row.source))

/** Numbers cited to a notice whose text the product does not hold, by clause: unchecked, and shown as such. */
const UNCHECKED: Record<string, number[]> = {
  '医保发〔2022〕22号 二(三)': [6],
  '医保发〔2022〕22号 二(六)': [10, 20],
}

const heldKey = (from: Source) => {
  const key = documentKeyOf(from)
  return HELD_TEXTS.find((held) => held === key)
}

test('the walk finds the bounds an example value sits under, and the lock of 跨省 filings', () => {
  const where = ALL_ROWS.map((row) => row.where)
  expect(where).toContain('jilin-2018.types.long_term_resident.changeLock.bound')
  expect(where).toContain('jilin-2018.types.resident_worker.changeLock.bound')
  expect(where).toContain('ganzhou-2019.types.long_term_resident.changeLock')
  expect(where).toContain('ganzhou-2019.types.long_term_resident.crossProvince.changeLock')
  expect(where).toContain('ganzhou-2019.types.long_term_resident.crossProvince.changeLock.supersedes')
})

test('the walk finds the numbered rows of every profile that gives one', () => {
  expect(ALL_ROWS.length).toBeGreaterThan(20)
  expect(new Set(ALL_ROWS.map(({ where }) => where.split('.')[0]))).toEqual(
    new Set(PROFILES.map((profile) => profile.id)),
  )
})

test('the notices whose text the product holds are exactly those the core says it holds', () => {
  const held = Object.entries(DOCUMENT_FACTS)
    .filter(([, facts]) => facts.textHeld)
    .map(([key]) => key)
  expect(held.sort()).toEqual([...HELD_TEXTS].sort())
})

test.each(Object.entries(CLAUSE_WORDS))('the quote of %s is that clause’s own words', (label, words) => {
  const [doc, clause] = label.split(' ')
  const key = heldKey({ doc, clause })
  expect(key).toBeDefined()
  expect(clauseWords(key!, clause)).toContain(normalize(words))
})

test('numbers cited to a notice the product does not hold are the listed ones, never passed as checked', () => {
  const unchecked: Record<string, number[]> = {}
  for (const { row } of ALL_ROWS.filter(({ row }) => !clauseTextHeld(row.source))) {
    const label = sourceLabel(row.source)
    unchecked[label] = [...new Set([...(unchecked[label] ?? []), ...numbersIn(row.value)])].sort(
      (a, b) => a - b,
    )
  }
  expect(unchecked).toEqual(UNCHECKED)
  for (const label of Object.keys(UNCHECKED)) expect(CLAUSE_WORDS[label]).toBeUndefined()
})

test.each(ROWS.map(({ where, row }) => [where, sourceLabel(row.source), row] as const))(
  '%s: every number is stated by %s',
  (_where, label, row) => {
    const words = CLAUSE_WORDS[label]
    expect(words).toBeDefined()
    for (const value of numbersIn(row.value)) expect([value, states(words, value)]).toEqual([value, true])
  },
)

// 鄂 三(一) “下降不超过 10 个百分点” is a ceiling: shown as 不超过 and estimated at its most, never as the cut itself.
test.each(ROWS.map(({ where, row }) => [where, sourceLabel(row.source), row] as const))(
  '%s: a number %s gives as an upper bound (不超过) is held as a ceiling, and only such a number',
  (_where, label, row) => {
    const words = CLAUSE_WORDS[label]
    const bounded = numbersIn(row.value).some((value) => bounds(words, value))
    expect([label, row.ceiling === true]).toEqual([label, bounded])
  },
)

// 赣 三(二) “在现行统筹地区外报账比例的基础上下降 10%” cuts a tenth of the ratio, not 10 points.
test.each(
  PROFILES.filter((profile) => clauseTextHeld(profile.reimbursement.unfiledReduction.source)).map(
    (profile) => [profile.id, profile.reimbursement.unfiledReduction] as const,
  ),
)('%s: the unfiled reduction has the unit its clause writes (N% or N 个百分点)', (_id, row) => {
  const words = CLAUSE_WORDS[sourceLabel(row.source)]
  expect(row.value.unit).toBe(cutsByPercent(words, row.value.amount) ? 'percent' : 'points')
})

test('the ceiling and unit checks refuse the rows that read the clause as a fixed cut', () => {
  const hubei = CLAUSE_WORDS['鄂医保办〔2022〕28号 三(一)']
  // The old rows: −10 and −20 as the reduction, with no ceiling.
  expect([bounds(hubei, 10), bounds(hubei, 20)]).toEqual([true, true])
  expect(bounds(CLAUSE_WORDS['济宁市医疗保障局异地就医十项便民措施（2023-11-09） 四(一)'], 6)).toBe(false)
  // The old row: 10 points.
  expect(cutsByPercent(CLAUSE_WORDS['赣市医保字〔2019〕21号 三(二)'], 10)).toBe(true)
})

test('every quoted clause is still cited by a row', () => {
  const cited = new Set(ROWS.map(({ row }) => sourceLabel(row.source)))
  expect(Object.keys(CLAUSE_WORDS).filter((label) => !cited.has(label))).toEqual([])
})

test('a number the clause does not state fails the check', () => {
  expect(states(CLAUSE_WORDS['鄂医保办〔2022〕28号 二(一)'], 6)).toBe(true)
  expect(states(CLAUSE_WORDS['鄂医保办〔2022〕28号 二(一)'], 90)).toBe(false)
  expect(states(CLAUSE_WORDS['鄂医保办〔2022〕28号 三(一)'], 1)).toBe(false)
})

test('a quote that is not in the cited clause of the held text fails the check', () => {
  const hubei = (clause: string) => clauseWords('hubei-2022', clause)
  expect(hubei('二(一)')).toContain(normalize(CLAUSE_WORDS['鄂医保办〔2022〕28号 二(一)']))
  expect(hubei('三(一)')).not.toContain(normalize(CLAUSE_WORDS['鄂医保办〔2022〕28号 二(一)']))
  expect(hubei('二(一)')).not.toContain(normalize('备案有效期为 12 个月'))
})

/** Every estimate's ratio-reduction line, for every profile, care type, insurance type and filing type (or none). */
const REDUCTION_LINES = PROFILES.flatMap((profile) =>
  CARE_TYPES.flatMap((careType) =>
    INSURANCE_TYPES.flatMap((insuranceType) =>
      [undefined, ...FILING_TYPES].flatMap((filingType) =>
        estimateReimbursement({
          insuredRegion: REGION_OF[profile.id as keyof typeof REGION_OF],
          insuranceType,
          careType,
          filed: filingType !== undefined,
          filingType,
          totalCost: 5000,
        }).lines.flatMap(({ text, source }) => {
          const found = text.match(/报销比例(?:(最多)?降低 (\d+) 个百分点|在原比例基础上下降 (\d+)%|不降低)/)
          if (!found) return []
          const [, atMost, points, percent] = found
          return [
            {
              profile: profile.id,
              text,
              source,
              points: Number(points ?? percent ?? 0),
              atMost: atMost !== undefined,
              percent: percent !== undefined,
            },
          ]
        }),
      ),
    ),
  ),
)
const DISTINCT_LINES = [
  ...new Map(
    REDUCTION_LINES.map((line) => [`${line.profile} ${line.text.split(/[，（]按/)[0]}`, line]),
  ).values(),
]

test.each(DISTINCT_LINES.map((line) => [line.profile, line.text, sourceLabel(line.source), line] as const))(
  '%s: the reduction in “%s” is stated by %s, or shown as an example or unchecked',
  (_profile, _text, label, { source, points, atMost, percent }) => {
    const key = heldKey(source)
    if (key) {
      const words = clauseWords(key, source.clause)
      expect([points, states(words, points)]).toEqual([points, true])
      // “最多” exactly where the clause says 不超过; “下降 N%” exactly where it cuts by a percent.
      expect([label, atMost, percent]).toEqual([label, bounds(words, points), cutsByPercent(words, points)])
    } else if (documentKeyOf(source) !== 'example') expect(UNCHECKED[label]).toContain(points)
  },
)

/** A whole held notice, normalized: for the words its legend quotes from the preamble or the closing lines. */
const wholeText = (key: (typeof HELD_TEXTS)[number]) =>
  normalize(readFileSync(join(__dirname, '../../docs/notices', `${key}.txt`), 'utf8'))

// The legend's quotes (effective date, precedence, scope) and a basis the notice names by title are its own words.
test.each(
  Object.entries(DOCUMENT_FACTS).filter(
    ([key, facts]) => facts.textHeld && HELD_TEXTS.includes(key as never),
  ),
)('%s: the legend quotes its own words', (key, facts) => {
  const text = wholeText(key as (typeof HELD_TEXTS)[number])
  for (const quoted of [facts.effective?.words, facts.precedence?.words, facts.scope?.words])
    if (quoted) expect([quoted, text.includes(normalize(quoted))]).toEqual([quoted, true])
  for (const title of facts.basis?.match(/《[^》]+》/g) ?? [])
    expect([title, text.includes(normalize(title))]).toEqual([title, true])
})
