// Prints every profile's rules as the code holds them, as a Markdown table per profile: the notices with their
// dates, effective dates and precedence clauses, each rule's clause, and values a later rule superseded.
import { MATERIAL_LABELS } from '@shared/policy/materials'
import type { FilingTypeRule, Profile } from '@shared/policy/profile.schema'
import type { ProfileId } from '@shared/policy/profile-regions'
import { PROFILES } from '@shared/policy/profiles'
import {
  clauseTextHeld,
  DOCUMENT_FACTS,
  DOCUMENTS,
  type DocumentKey,
  documentKeyOf,
  NATIONAL_STANDING,
  sourceLabel,
} from '@shared/policy/sources'
import { FILING_TYPE_LABELS, type FilingType } from '@shared/policy/vocabulary'
import type { Source } from '@shared/result'

type Row = {
  value: unknown
  source: Source
  illustrative?: boolean
  ceiling?: boolean
  floor?: boolean
  bound?: unknown
  scope?: string
  remark?: { text: string; source: Source }
  supersedes?: { value: unknown; source: Source; since: string; why: string }
}
/** Short names keep the tables readable; each profile's heading lists the notices in full. */
const SHORT: Record<DocumentKey, string> = {
  'national-2022': '国',
  'jilin-2018': '吉',
  'jining-2023': '济宁',
  'ganzhou-2019': '赣',
  'guangdong-2015': '粤',
  'hrss-2014': '人社',
  'hubei-2022': '鄂',
  example: '示例',
  service: '服务',
}
const clauseOf = (from: Source) => {
  const key = documentKeyOf(from)
  if (key === 'example') return '示例'
  const unchecked = key && key !== 'service' && !clauseTextHeld(from) ? '*' : ''
  return `${from.reference ? '参照' : ''}${key ? SHORT[key] : from.doc} ${from.clause}${unchecked}`
}
const cite = (row: Row) =>
  `${clauseOf(row.source)}${row.illustrative && documentKeyOf(row.source) !== 'example' ? '（示例）' : ''}`

/**
 * A value as its row holds it: 不超过 for a ceiling, the clause's scope, and the own notice's remark beside it.
 * `boundText` is the ceiling's own figure where the value is an example below it.
 */
const cell = (text: string, row: Row, atMost = '不超过', boundText = text) => {
  const scope = row.scope ? `（${row.scope}）` : ''
  const remark = row.remark ? `；${row.remark.text} ${clauseOf(row.remark.source)}` : ''
  // A value the service chose within a ceiling is an example, not the clause's value.
  const value =
    row.ceiling && row.illustrative
      ? `${text}${scope} 示例（${clauseOf(row.source)} 上限：${atMost}${boundText}）`
      : `${row.ceiling ? atMost : ''}${row.floor ? '不少于' : ''}${text}${scope} ${cite(row)}`
  return `${value}${remark}`
}
/**
 * Where the own notice sets the filed ratio itself (赣 三(一): 赣州市异地就医的…报销比例) and the points are only an
 * example, a points figure would read as that ratio's distance from the local one: the notice's words are shown alone.
 */
const ratioCell = (row: Row & { value: number }) => {
  if (row.ceiling) return cell(`${row.value}个百分点`, row, '降低不超过')
  if (row.illustrative && documentKeyOf(row.source) === 'example' && row.remark)
    return `备案人员按本地通知所定的异地就医报销比例结算，不示例其较本地就医降低的点数：${row.remark.text} ${clauseOf(row.remark.source)}`
  return cell(`−${row.value}`, row)
}

type Lock = FilingTypeRule['changeLock']['value']
const lockText = (lock: Lock) =>
  lock.kind === 'none'
    ? '随时'
    : `${lock.months}个月${lock.condition === 'after_costs' ? '（发生费用后）' : ''}`

const superseded = (row: Row, text: (value: never) => string) => {
  const old = row.supersedes
  // The date is the later rule's issue date; when it took effect is not checked.
  return old
    ? `（取代 ${clauseOf(old.source)} 的 ${text(old.value as never)}；${SHORT[documentKeyOf(row.source)!]} ${old.since} 印发，施行日期未核对）`
    : ''
}

/** A row, and the row 跨省 filings have instead where a national rule replaces the local one for them. */
const byScope = (local: string, cross: string | undefined) =>
  cross === undefined ? local : `省内备案：${local}；跨省备案：${cross}`

const lockCell = (row: FilingTypeRule['changeLock']) =>
  `${cell(lockText(row.value), row, '不超过', row.bound ? lockText(row.bound) : undefined)}${superseded(row, lockText)}`

const homeText = (suspended: boolean) => (suspended ? '暂停' : '不暂停')
const homeCell = (row: FilingTypeRule['suspendsHomeSettlement']) =>
  `${cell(homeText(row.value), row)}${superseded(row, homeText)}`

/** The lock, per scope where 跨省 filings have their own, and the yearly number of 变更登记 where the notice says. */
const locksCell = (rule: FilingTypeRule) => {
  const cross = rule.crossProvince?.changeLock
  const locks = byScope(lockCell(rule.changeLock), cross && lockCell(cross))
  const count = rule.changesPerYear
  if (!count) return locks
  return `${locks}；${cell(count.value === null ? '变更登记次数不限' : `变更登记每年最多${count.value}次`, count)}`
}

const UNCHECKED_NOTE = '原文未收录：所引条款号和内容未经本程序按原文核对'

const materialCell = (material: FilingTypeRule['materials'][number]) => {
  const name = MATERIAL_LABELS[material.kind].split('（')[0]
  const replaced = material.replaceableByCommitment
    ? `·可承诺替代${material.commitmentSource ? ` ${clauseOf(material.commitmentSource)}` : ''}`
    : ''
  const later = material.supplyLater
    ? `·可后补${material.supplyLaterScope ? `（${material.supplyLaterScope}）` : ''}${material.supplyLaterSource ? ` ${clauseOf(material.supplyLaterSource)}` : ''}`
    : ''
  // A material no clause names is the service's choice, and said to be before anything else.
  const named =
    documentKeyOf(material.source) === 'service'
      ? `材料种类为本程序所定：${name} ${clauseOf(material.source)}`
      : `${name} ${clauseOf(material.source)}`
  return `${named}${replaced}${later}`
}

const supplementCell = (row: NonNullable<FilingTypeRule['supplement']>) => {
  const who = row.remark ? `：${row.remark.text} ${clauseOf(row.remark.source)}` : ''
  const scope = row.scope ? `（${row.scope}${who}）` : ''
  // The clause gives the mechanism; an illustrative row's deadline is the example's, not the clause's.
  const deadline = `${row.value.deadlineDays}日内补 ${row.illustrative ? '示例' : clauseOf(row.source)}`
  if (row.value.effective === 'on_supplement')
    return `补充后生效${scope} ${clauseOf(row.source)}；${deadline}`
  // A clause that lets people file first and supply later does not say when the filing takes effect: the rule
  // applied is cited to whoever sets it.
  const effect = row.value.effectiveSource
    ? `生效时点：通知未规定，本程序提交即生效 ${clauseOf(row.value.effectiveSource)}`
    : `提交即生效 ${clauseOf(row.source)}`
  return `先备案、后补充${scope} ${clauseOf(row.source)}；${effect}；${deadline}`
}

const backdateText = (value: FilingTypeRule['backdateDays']['value']) =>
  value === null ? '不限' : value === 'admission' ? '可追溯至实际入院时间' : `${value}日`

/** The start's window; where the profile registers from the admission date, the admission is always within reach. */
const backdateCell = (profile: Profile, rule: FilingTypeRule) => {
  const window = cell(backdateText(rule.backdateDays.value), rule.backdateDays)
  const fromAdmission = profile.startsFromAdmission
  return fromAdmission.value && typeof rule.backdateDays.value === 'number'
    ? `${window}，不限制追溯至实际入院时间；先入院后备案的（${fromAdmission.scope}），可追溯至实际入院时间 ${clauseOf(fromAdmission.source)}`
    : window
}

/** false is an outcome, not a refusal: the start stays the date chosen, and the backdate column says how far back. */
const admissionText = (moved: boolean) =>
  moved ? 'true' : 'false，开始日期不自动改为入院日期，能否早至入院日期见 backdate 列'

const describe = (profile: Profile, rule: FilingTypeRule): string[] => {
  // What the notice says of the papers first, then each material it (or the service) asks for.
  const materials = [
    ...(rule.materialsNote ? [cell(rule.materialsNote.value, rule.materialsNote)] : []),
    ...rule.materials.map(materialCell),
  ]
  const limit = rule.settlementLimit
  return [
    cell(
      rule.validityMonths.value === null ? '长期' : `${rule.validityMonths.value}个月`,
      rule.validityMonths,
    ),
    backdateCell(profile, rule),
    materials.join('；') || '无',
    rule.supplement ? supplementCell(rule.supplement) : '—',
    locksCell(rule),
    byScope(
      homeCell(rule.suspendsHomeSettlement),
      rule.crossProvince?.suspendsHomeSettlement && homeCell(rule.crossProvince.suspendsHomeSettlement),
    ),
    limit ? cell(`门诊/住院各${limit.value.inpatient}次；${limit.value.exception}`, limit) : '—',
    ratioCell(rule.ratioReductionPoints),
  ]
}

const documentsOf = (profile: Profile): DocumentKey[] => {
  const keys = new Set<DocumentKey>()
  const walk = (value: unknown) => {
    if (typeof value !== 'object' || value === null) return
    if ('doc' in value && 'clause' in value) {
      const key = documentKeyOf(value as Source)
      if (key && !(value as Source).reference) keys.add(key)
    } else Object.values(value).forEach(walk)
  }
  walk(profile)
  return [...keys]
}

const describeDocument = (profile: Profile, key: DocumentKey) => {
  const facts = DOCUMENT_FACTS[key]
  if (!facts) return `- ${SHORT[key]} = ${DOCUMENTS[key]}`
  const parts = [facts.issued ? `日期 ${facts.issued}` : '日期：文本未载']
  if (!facts.textHeld) parts.push(`${UNCHECKED_NOTE}（表中以 * 标出）`)
  if (facts.effective)
    parts.push(`自 ${facts.effective.from} 起执行（${facts.effective.clause}：“${facts.effective.words}”）`)
  else if (facts.textHeld) parts.push('施行日期：文本未载')
  if (facts.precedence) parts.push(`效力：${facts.precedence.clause}“${facts.precedence.words}”`)
  if (facts.scope) parts.push(`适用范围：${facts.scope.clause}“${facts.scope.words}”`)
  if (facts.basis) parts.push(`依据 ${facts.basis}`)
  if (key === 'national-2022') parts.push(`与本地通知的关系：${NATIONAL_STANDING[profile.id as ProfileId]}`)
  return `- ${SHORT[key]} = ${DOCUMENTS[key]}：${parts.join('；')}`
}

const supersessions = (profile: Profile): string[] =>
  Object.entries(profile.types).flatMap(([type, rule]) =>
    [
      ...Object.entries(rule!),
      ...Object.entries(rule!.crossProvince ?? {}).map(([name, row]) => [`跨省 ${name}`, row] as const),
    ]
      .filter(([, row]) => (row as Row | null | undefined)?.supersedes)
      .map(([name, row]) => {
        const { source, supersedes } = row as Row
        const unchecked = clauseTextHeld(source) ? '' : '*'
        return `- ${FILING_TYPE_LABELS[type as FilingType]} ${name}: 现行 ${sourceLabel(source)}${unchecked}（${supersedes!.since} 印发，施行日期未核对），取代 ${sourceLabel(supersedes!.source)}。${supersedes!.why}`
      }),
  )

for (const profile of PROFILES) {
  console.log(`\n### ${profile.id} — ${profile.name} (types: ${clauseOf(profile.offeredTypesSource)})\n`)
  for (const key of documentsOf(profile)) console.log(describeDocument(profile, key))
  const replaced = supersessions(profile)
  if (replaced.length > 0) console.log(`\n被后来规定取代的值：\n${replaced.join('\n')}`)
  console.log('')
  console.log(
    '| type | validity | backdate | materials | supplement | change/cancel lock | home settlement | settlement limit | ratio pts |',
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const [type, rule] of Object.entries(profile.types)) {
    console.log(`| ${FILING_TYPE_LABELS[type as FilingType]} | ${describe(profile, rule!).join(' | ')} |`)
  }
  const money = profile.reimbursement
  const unfiled = money.unfiledReduction
  const unfiledText =
    unfiled.value.unit === 'percent' ? `下降 ${unfiled.value.amount}%` : `${unfiled.value.amount} pts`
  console.log(
    `\nstarts from admission: ${cell(admissionText(profile.startsFromAdmission.value), profile.startsFromAdmission)}; unfiled reduction: ${cell(unfiledText, unfiled)}, emergency exempt: ${cell(`${money.unfiledEmergencyExempt.value}`, money.unfiledEmergencyExempt)}; deductible/ratio/cap: ${money.baseRatio.illustrative ? 'example values' : 'configured'}`,
  )
  console.log(`emergency without filing: ${cell(profile.emergencyUnfiled.value, profile.emergencyUnfiled)}`)
  // A type whose own clause states its target is named beside the profile's citation.
  const ownTargets = Object.entries(profile.types)
    .filter(([, rule]) => rule?.targetSource)
    .map(([type, rule]) => `${FILING_TYPE_LABELS[type as FilingType]}：${clauseOf(rule!.targetSource!)}`)
  console.log(
    `citations: ${Object.entries(profile.citations)
      .map(([name, from]) =>
        'text' in from
          ? `${name} ${from.text} ${clauseOf(from.source)}`
          : `${name} ${clauseOf(from)}${name === 'target' && ownTargets.length > 0 ? `（${ownTargets.join('，')}）` : ''}`,
      )
      .join('; ')}`,
  )
}
