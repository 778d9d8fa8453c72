// What each line of the confirmation card and each coverage answer says, found in the clause it cites: a walk over
// every profile × filing type × draft, checked against the notices' texts (docs/notices/). Lines cited to
// 医保发〔2022〕22号 (text not held), an example value or a service rule are not checkable here.
import type { MaterialKind } from '@shared/policy/materials'
import type { RequiredMaterial } from '@shared/policy/profile.schema'
import { PROFILES } from '@shared/policy/profiles'
import { documentKeyOf, sourceLabel } from '@shared/policy/sources'
import { FILING_TYPES, type FilingType } from '@shared/policy/vocabulary'
import type { Source } from '@shared/result'
import { stayCoverage } from '@shared/rules/coverage'
import { estimateReimbursement } from '@shared/rules/estimate'
import { quoteFiling } from '@shared/rules/quote'
import { planSubmission } from '@shared/rules/submission'
import { addDays } from '@shared/time/calendar'
import { draft, INSIDE_PROVINCE_OF, REGION_OF, TODAY } from './drafts'
import { clauseWords, HELD_TEXTS, normalize } from './notice-texts'

/** The words the cited clause must hold for the line to be its rule, by card line code. */
const CLAIMS: Record<string, RegExp> = {
  TARGET: /统筹(地)?区/,
  VALIDITY: /有效|终止日期/,
  CHANGE_LOCK: /变更/,
  CHANGES_PER_YEAR: /变更登记\s*2\s*次的限制/,
  HOME_SETTLEMENT_SUSPENDED: /暂停/,
  TWO_WAY: /回参保地就医/,
  RATIO_REDUCED: /支付比例/,
  SETTLEMENT_LIMIT: /各限结算一次/,
  CATALOGUE: /就医地[^,.;]*(支付范围|医保目录)|全省统一医疗保险支付范围/,
  OUTPATIENT: /门诊/,
  // 济宁 四(二): filed before the discharge settlement, the stay settles directly.
  ADMITTED_FIRST: /晚于入院时间但早于出院时间|先入院后备案|出院结算前完成异地就医备案/,
  EMERGENCY_UNFILED: /视同已备案|补办|先入院后备案/,
  TRAUMA_COMMITMENT: /外伤无第三方责任承诺书/,
  // What the type's papers are: the form only, its lines, or how a referral is given.
  MATERIALS: /备案表|证明材料|转诊/,
  SUPPLEMENT_EFFECT: /补充材料后即时生效/,
  // Only ever cited to the service rule: no held clause says a 承诺补充 filing takes effect on submit.
  SUPPLEMENT_ON_SUBMIT: /$^/,
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
      // Not 跨省: where a national rule replaces a local one only across provinces, the local one shows here.
      draft({
        insuredRegion,
        filingType,
        destination: INSIDE_PROVINCE_OF[profileId as keyof typeof REGION_OF],
      }),
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

// The rows themselves, read against their clauses: a material is cited to a clause that names it; the words a row
// quotes as its scope or as the own notice's remark are that clause's words; a clause that limits whom it covers
// gives that limit to every row citing it; a type that asks for no material says which clause or rule says so.

type RuleRow = {
  value: unknown
  source: Source
  illustrative?: boolean
  scope?: string
  remark?: { text: string; source: Source }
}
const isRuleRow = (value: unknown): value is RuleRow =>
  typeof value === 'object' && value !== null && 'value' in value && 'source' in value

/** Every rule row of every profile, with where it sits (supersedes aside: it is the replaced value). */
const RULE_ROWS = PROFILES.flatMap((profile) => {
  const rows: { where: string; type?: FilingType; row: RuleRow }[] = []
  const walk = (value: unknown, where: string, type?: FilingType) => {
    if (isRuleRow(value)) rows.push({ where, type, row: value })
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      for (const [key, item] of Object.entries(value))
        walk(item, `${where}.${key}`, type ?? (where.endsWith('.types') ? (key as FilingType) : undefined))
  }
  walk(profile, profile.id)
  return rows
})

const MATERIALS = PROFILES.flatMap((profile) =>
  Object.entries(profile.types).flatMap(([type, rule]) =>
    rule!.materials.map((material) => ({ where: `${profile.id}.${type}`, material })),
  ),
)

/** The words a clause must hold to be the one that names the material. */
const NAMES: Partial<Record<MaterialKind, RegExp>> = {
  household_register: /户籍证明/,
  residence_proof: /居住证明|居住证/,
  work_proof: /工作证明/,
  referral_record: /转诊转院证明|转诊证明/,
}

const namesMaterial = (kind: MaterialKind, from: Source) => {
  const key = held(from)
  return !key || (NAMES[kind] ?? /$^/).test(clauseWords(key, from.clause))
}

test.each(
  MATERIALS.map(({ where, material }) => [where, material.kind, sourceLabel(material.source), material]),
)(
  '%s: %s is named by %s, and the commitment or later supply by the clause cited for it',
  (_where, _kind, _label, material) => {
    const { kind, source, commitmentSource, supplyLaterSource } = material as RequiredMaterial
    expect(namesMaterial(kind, source)).toBe(true)
    const commitment = commitmentSource && held(commitmentSource)
    if (commitment) expect(clauseWords(commitment, commitmentSource!.clause)).toMatch(/承诺/)
    const later = supplyLaterSource && held(supplyLaterSource)
    if (later) expect(clauseWords(later, supplyLaterSource!.clause)).toMatch(/补充/)
  },
)

test('the naming check refuses a certificate cited to a clause that does not name it', () => {
  // The old rows: 转诊转院证明 cited to 吉 二(三), 鄂 二(三) and 济宁 四(一); the proofs to 鄂 一(四); 人社 四.
  const jilin = { doc: '吉医保办〔2018〕6号', clause: '二(三)' }
  const hubei = (clause: string) => ({ doc: '鄂医保办〔2022〕28号', clause })
  expect(namesMaterial('referral_record', jilin)).toBe(false)
  expect(namesMaterial('referral_record', hubei('二(三)'))).toBe(false)
  expect(namesMaterial('household_register', hubei('一(四)'))).toBe(false)
  expect(namesMaterial('household_register', { doc: '人社部发〔2014〕93号', clause: '四' })).toBe(false)
  expect(
    namesMaterial('referral_record', {
      doc: '济宁市医疗保障局异地就医十项便民措施（2023-11-09）',
      clause: '四(一)',
    }),
  ).toBe(false)
})

/** Words quoted from a clause, parts joined by “…”: each part is in the clause. */
const quotes = (text: string, from: Source) => {
  const key = held(from)
  if (!key) return true
  const words = clauseWords(key, from.clause)
  return text.split('…').every((part) => words.includes(normalize(part)))
}

const QUOTED = [
  ...RULE_ROWS.flatMap(({ where, row }) => [
    ...(row.scope ? [{ where: `${where} scope`, text: row.scope, source: row.source }] : []),
    ...(row.remark ? [{ where: `${where} remark`, text: row.remark.text, source: row.remark.source }] : []),
  ]),
  ...MATERIALS.flatMap(({ where, material }) =>
    material.supplyLaterScope
      ? [
          {
            where: `${where} ${material.kind} supplyLaterScope`,
            text: material.supplyLaterScope,
            source: material.supplyLaterSource ?? material.source,
          },
        ]
      : [],
  ),
]

test.each(QUOTED.map((quoted) => [quoted.where, sourceLabel(quoted.source), quoted]))(
  '%s is quoted from %s',
  (_where, _label, quoted) => {
    const { text, source } = quoted as (typeof QUOTED)[number]
    expect([text, quotes(text, source)]).toEqual([text, true])
  },
)

/** Clauses that say whom or when they cover, and the words every row citing them must carry in its scope. */
const SCOPED: Record<string, string> = {
  // 三: “跨省异地长期居住人员…确需回参保地就医的”, and equal treatment on submitting the proofs.
  '济宁市医疗保障局异地就医十项便民措施（2023-11-09） 三': '跨省',
  // 四: “对因急诊先入院后备案、远程备案人员要根据实际入院时间妥善办理备案”.
  '赣市医保字〔2019〕21号 四': '先入院后备案',
  // 三(二): “对拟赴就医地工作的两类人员…采取承诺补充制”.
  '吉医保办〔2018〕6号 三(二)': '拟赴就医地工作的两类人员',
  // 二: “对拟赴就医地工作的参保人员…允许先备案后承诺…及时补充”.
  '赣市医保字〔2019〕21号 二': '拟赴就医地工作的',
}

const scopeMissing = (label: string, scope: string | undefined) =>
  SCOPED[label] !== undefined && !(scope ?? '').includes(SCOPED[label])

test.each(
  [
    ...RULE_ROWS.filter(({ row }) => row.source.doc !== '示例参数（部署的经办机构按本地公布标准配置）').map(
      // A row whose value is a sentence may carry the scope in it.
      ({ where, row }) => ({
        where,
        label: sourceLabel(row.source),
        scope: `${row.scope ?? ''}${typeof row.value === 'string' ? row.value : ''}`,
      }),
    ),
    ...MATERIALS.filter(({ material }) => material.supplyLater).map(({ where, material }) => ({
      where: `${where} ${material.kind} supplyLater`,
      label: sourceLabel(material.supplyLaterSource ?? material.source),
      scope: material.supplyLaterScope,
    })),
  ]
    .filter(({ label }) => SCOPED[label])
    .map((row) => [row.where, row.label, row]),
)('%s carries the scope %s gives', (_where, _label, row) => {
  const { label, scope } = row as { label: string; scope?: string }
  expect([label, scopeMissing(label, scope)]).toEqual([label, false])
})

test('the scope check refuses the rows that dropped the clause’s scope', () => {
  expect(scopeMissing('济宁市医疗保障局异地就医十项便民措施（2023-11-09） 三', undefined)).toBe(true)
  expect(scopeMissing('吉医保办〔2018〕6号 三(二)', undefined)).toBe(true)
  expect(scopeMissing('赣市医保字〔2019〕21号 四', undefined)).toBe(true)
})

/** A change-at-any-time rule cited to a held clause: the clause's words and the types they cover. */
const ANY_TIME: Record<string, { words: string; types: FilingType[] }> = {
  '济宁市医疗保障局异地就医十项便民措施（2023-11-09） 四(一)': {
    words: '异地长期居住人员办理登记备案…未在备案地发生医疗费用的，可随时变更或取消备案',
    types: ['retiree_resettled', 'long_term_resident', 'resident_worker'],
  },
}

const anyTimeStated = (type: FilingType, from: Source) => {
  if (!held(from)) return true
  const stated = ANY_TIME[sourceLabel(from)]
  return stated !== undefined && quotes(stated.words, from) && stated.types.includes(type)
}

test.each(
  RULE_ROWS.filter(
    ({ where, row }) => where.endsWith('.changeLock') && (row.value as { kind: string }).kind === 'none',
  ).map(({ where, type, row }) => [where, sourceLabel(row.source), { type: type!, row }]),
)('%s: change at any time is stated by %s for this type', (_where, _label, { type, row }) => {
  expect(row.illustrative || anyTimeStated(type, row.source)).toBe(true)
})

test('the any-time check refuses the rows that read another group’s 随时 as theirs', () => {
  const jining = { doc: '济宁市医疗保障局异地就医十项便民措施（2023-11-09）', clause: '四(一)' }
  expect(anyTimeStated('temporary', jining)).toBe(false)
  expect(anyTimeStated('referral', jining)).toBe(false)
  // 吉 二(二) lifts only the cap of two changes a year.
  expect(anyTimeStated('long_term_resident', { doc: '吉医保办〔2018〕6号', clause: '二(二)' })).toBe(false)
})

/** The notice's own words a type's materials note rests on, by clause. */
const NOTE_WORDS: Record<string, string[]> = {
  '赣市医保字〔2019〕21号 一(二)': ['只须填报《江西省医疗保险异地备案表》', '取消一切不必要的证明材料和盖章'],
  '赣市医保字〔2019〕21号 一(二)、二': [
    '只须填报《江西省医疗保险异地备案表》',
    '取消一切不必要的证明材料和盖章',
    '已在就医地工作或居住的',
    '取消证明材料',
    '拟赴就医地工作的',
    '取得材料后及时',
  ],
  '赣市医保字〔2019〕21号 一(二)、附件1': [
    '只须填报《江西省医疗保险异地备案表》',
    '转出医疗机构',
    '初步诊断',
    '病情摘要',
    '转出定点医院医保科室负责人意见',
    '医生',
  ],
  '赣市医保字〔2019〕21号 一(二)、一(三)、附件1': [
    '只须填报《江西省医疗保险异地备案表》',
    '病情摘要(可另提供门急诊记录、抢救记录或入院记录等)',
    '赣市人社发〔2017〕29号',
    '异地急诊备案条件',
  ],
  '鄂医保办〔2022〕28号 二(三)': [
    '可通过参保地规定的定点医疗机构向统筹区外医疗机构转诊',
    '不得将在本地住院作为开具转诊的先决条件',
  ],
}

const NOTES = PROFILES.flatMap((profile) =>
  Object.entries(profile.types).map(([type, rule]) => ({ where: `${profile.id}.${type}`, rule: rule! })),
)

test.each(NOTES.map(({ where, rule }) => [where, rule]))(
  '%s: a type that asks for no material says which clause or service rule says so',
  (_where, rule) => {
    expect(rule.materials.length > 0 || rule.materialsNote !== undefined).toBe(true)
  },
)

test.each(
  NOTES.filter(({ rule }) => rule.materialsNote && held(rule.materialsNote.source)).map(({ where, rule }) => [
    where,
    sourceLabel(rule.materialsNote!.source),
    rule.materialsNote!,
  ]),
)('%s: the materials note rests on the words of %s', (_where, label, note) => {
  const phrases = NOTE_WORDS[label as string]
  expect(phrases).toBeDefined()
  const { value, source } = note as { value: string; source: Source }
  const words = clauseWords(held(source)!, source.clause)
  for (const phrase of phrases) {
    expect([phrase, words.includes(normalize(phrase))]).toEqual([phrase, true])
    expect([phrase, normalize(value).includes(normalize(phrase))]).toEqual([phrase, true])
  }
})
