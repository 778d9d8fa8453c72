// No number without a clause that states it: every number a profile gives without `illustrative` is found in
// the words of the clause it cites, quoted here from the notice. A new row with a number needs its quote.
import { PROFILES } from '@shared/policy/profiles'
import { sourceLabel } from '@shared/policy/sources'
import type { Source } from '@shared/result'

/** The clauses' own words, by `notice clause`. */
const CLAUSE_WORDS: Record<string, string> = {
  '医保发〔2022〕22号 二(三)':
    '跨省异地长期居住人员办理登记备案后，备案长期有效；参保地设置变更或取消备案时限的，原则上不超过6个月。跨省临时外出就医人员备案有效期原则上不少于6个月，有效期内可在就医地多次就诊并享受跨省异地就医直接结算服务。',
  '医保发〔2022〕22号 二(六)':
    '原则上异地转诊人员和异地急诊抢救人员支付比例的降幅不超过10个百分点，其他跨省临时外出就医人员支付比例的降幅不超过20个百分点。',
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

const states = (words: string, value: number) =>
  new RegExp(`(?<![\\d.])${value}(?![\\d.])`).test(words) ||
  (IN_WORDS[value] ?? []).some((phrase) => words.includes(phrase))

type Row = { value: unknown; source: Source; illustrative?: boolean; supersedes?: Row }

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && 'value' in value && 'source' in value

const numbersIn = (value: unknown): number[] => {
  if (typeof value === 'number') return [value]
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn)
  return []
}

/** Every non-illustrative row with a number, wherever it sits in a profile (its superseded value too). */
const numericRows = (value: unknown, where: string): { where: string; row: Row }[] => {
  if (isRow(value)) {
    const own = !value.illustrative && numbersIn(value.value).length > 0 ? [{ where, row: value }] : []
    return value.supersedes ? [...own, ...numericRows(value.supersedes, `${where}.supersedes`)] : own
  }
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => numericRows(item, `${where}.${key}`))
  return []
}

const ROWS = PROFILES.flatMap((profile) => numericRows(profile, profile.id))

test('the walk finds the numbered rows of every profile that gives one', () => {
  expect(ROWS.length).toBeGreaterThan(20)
  expect(new Set(ROWS.map(({ where }) => where.split('.')[0]))).toEqual(
    new Set(PROFILES.map((profile) => profile.id)),
  )
})

test.each(ROWS.map(({ where, row }) => [where, sourceLabel(row.source), row] as const))(
  '%s: every number is stated by %s',
  (_where, label, row) => {
    const words = CLAUSE_WORDS[label]
    expect(words).toBeDefined()
    for (const value of numbersIn(row.value)) expect([value, states(words, value)]).toEqual([value, true])
  },
)

test('every quoted clause is still cited by a row', () => {
  const cited = new Set(ROWS.map(({ row }) => sourceLabel(row.source)))
  expect(Object.keys(CLAUSE_WORDS).filter((label) => !cited.has(label))).toEqual([])
})

test('a number the clause does not state fails the check', () => {
  expect(states(CLAUSE_WORDS['鄂医保办〔2022〕28号 二(一)'], 6)).toBe(true)
  expect(states(CLAUSE_WORDS['鄂医保办〔2022〕28号 二(一)'], 90)).toBe(false)
  expect(states(CLAUSE_WORDS['医保发〔2022〕22号 二(六)'], 1)).toBe(false)
})
