import type { Source } from '../result'
import type { IsoDate } from '../time/calendar'
import type { ProfileId } from './profile-regions'

/** The notices the rules come from, by the short key the tables use. */
export const DOCUMENTS = {
  'jilin-2018': '吉医保办〔2018〕6号',
  'jining-2023': '济宁市医疗保障局异地就医十项便民措施（2023-11-09）',
  'ganzhou-2019': '赣市医保字〔2019〕21号',
  'guangdong-2015': '粤人社函〔2015〕674号',
  'hrss-2014': '人社部发〔2014〕93号',
  'hubei-2022': '鄂医保办〔2022〕28号',
  'national-2022': '医保发〔2022〕22号',
  example: '示例参数（部署的经办机构按本地公布标准配置）',
  service: '本程序服务规则',
} as const

export type DocumentKey = keyof typeof DOCUMENTS

interface DocumentFacts {
  /**
   * Whether the product holds the notice's published text (docs/notices/), so a clause cited from it is checked word
   * for word. 医保发〔2022〕22号 is not held: its clauses are cited as the local notices restate it, unchecked.
   */
  textHeld: boolean
  /** The date the notice bears (赣州: the date it was printed); null when the text gives none. */
  issued: IsoDate | null
  /** Where the notice states when it takes effect. */
  effective?: { from: IsoDate; clause: string; words: string }
  /** Where the notice states which text prevails over earlier ones. */
  precedence?: { clause: string; words: string }
  /** Where the notice limits what it covers (粤: care inside Guangdong only). */
  scope?: { clause: string; words: string }
  /** The higher notice it names as its basis, with the title it gives. */
  basis?: string
}

/** Dates, effective dates and precedence as each notice states them (profiles:print shows them). */
export const DOCUMENT_FACTS: Partial<Record<DocumentKey, DocumentFacts>> = {
  'national-2022': { issued: '2022-06-30', textHeld: false },
  'jilin-2018': {
    issued: '2018-12-13',
    textHeld: true,
    basis:
      '《国家医保局 财政部 人力资源社会保障部 国家卫生健康委关于切实做好当前跨省异地就医住院费用直接结算工作的通知》（医保发〔2018〕6号）、《关于切实做好农民工和就业创业人员异地就医备案工作的通知》（国医保电〔2018〕3号）及“我省异地就医有关规定”',
  },
  'jining-2023': { issued: '2023-11-09', textHeld: true, basis: '医保发〔2022〕22号' },
  'ganzhou-2019': {
    issued: '2019-07-22',
    textHeld: true,
    effective: { from: '2019-07-01', clause: '七', words: '本通知自2019年7月1日起执行' },
    basis: '江西省医疗保障局《关于进一步完善异地就医经办服务工作的通知》（赣医保字〔2019〕14号）',
  },
  'guangdong-2015': {
    issued: '2015-03-26',
    textHeld: true,
    scope: { clause: '序言', words: '为进一步做好我省医疗保险省内异地就医医疗费用直接结算工作' },
    basis: '《关于进一步做好基本医疗保险异地就医医疗费用结算工作的指导意见》（人社部发〔2014〕93号）',
  },
  'hrss-2014': { issued: null, textHeld: true },
  'hubei-2022': {
    issued: '2022-09-14',
    textHeld: true,
    // Quoted as printed, half-width comma included: the closing line after 六(四).
    precedence: { clause: '六 末句', words: '以往文件规定与本通知不一致的,以本通知为准' },
    // The notice names the national one by its title only, and two provincial ones beside it.
    basis:
      '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（文号为本程序补注：医保发〔2022〕22号）、《省医疗保障局关于印发〈湖北省医疗保障异地就医直接结算服务事项和信息平台下沉实施方案〉的通知》、《省医疗保障局办公室关于完善基本医疗保险参保人员异地就医备案政务服务事项指导规范的通知》',
  },
}

/**
 * How 医保发〔2022〕22号 stands to each profile's own notice: named by it as its basis, or issued after it and not
 * named, and then which prevails where they differ. profiles:print shows it beside the 国 legend.
 */
export const NATIONAL_STANDING: Record<ProfileId, string> = {
  'national-2022':
    '本程序的通用规则：参保地无本地通知收录时按此显示。22号针对跨省异地就医：国 值向省内备案的人显示时（备案确认、就医和报销提示）标“参照”；本表按规则列出，不标',
  'jilin-2018':
    '晚于 吉（2018-12-13）印发，吉 未引用它（吉 的依据见 吉 一行）；表中 国 值只用于 吉 未作规定之处。22号针对跨省异地就医：跨省备案两者不一致时按在后的国家规定，省内备案按 吉，吉 未作规定之处的 国 值向省内备案的人显示时（备案确认、就医和报销提示）标“参照”；本表按规则列出，不标',
  'jining-2023': '济宁 以它为依据（济宁 2023-11-09 晚于它印发）',
  'ganzhou-2019':
    '晚于 赣（2019-07-22）印发，赣 未引用它（赣 的依据见 赣 一行）；表中 国 值用于 赣 未作规定之处，以及跨省备案中它取代 赣 之处。22号针对跨省异地就医：跨省备案的变更或取消时限和参保地刷卡结算按在后的国家规定（见“被后来规定取代的值”）；赣 其余规定本程序未见被取代的原文，仍按 赣 执行；省内（统筹地区外、内）备案按 赣，赣 未作规定之处的 国 值向省内备案的人显示时（备案确认、就医和报销提示）标“参照”；本表按规则列出，不标',
  'guangdong-2015':
    '晚于 粤（2015-03-26）印发，粤 未引用它（粤 的依据见 粤 一行）。粤 只管省内异地就医（见适用范围），22号管跨省异地就医：表中 国 值用于跨省备案，粤 未作规定之处的 国 值向省内备案的人显示时（备案确认、就医和报销提示）标“参照”；本表按规则列出，不标。人社部发〔2014〕93号 五“对于异地急诊的参保人员，原则上在参保地按规定进行报销”早于 国：未备案急诊先按 国 提示出院结算前补办、直接结算，出院后自费结算的回参保地报销',
  'hubei-2022': '鄂 以它为依据（鄂 2022-09-14 晚于它印发）',
}

/** Who a document binds: every insured person, or those of the profiles listed. */
const GOVERNS: Record<DocumentKey, 'everyone' | readonly ProfileId[]> = {
  'jilin-2018': ['jilin-2018'],
  'jining-2023': ['jining-2023'],
  'ganzhou-2019': ['ganzhou-2019'],
  'guangdong-2015': ['guangdong-2015'],
  // Annexed to 粤人社函〔2015〕674号, which implements it; other regions follow 医保发〔2022〕22号.
  'hrss-2014': ['guangdong-2015'],
  'hubei-2022': ['hubei-2022'],
  // It binds every insured region's 跨省 filings; a 省内 one only where the region's notice is based on it.
  'national-2022': 'everyone',
  example: 'everyone',
  service: 'everyone',
}

export const source = (doc: DocumentKey, clause: string): Source => ({ doc: DOCUMENTS[doc], clause })

/** 参照: another region's clause, named as such because it does not govern the person who reads it. */
export const reference = (doc: DocumentKey, clause: string): Source => ({
  ...source(doc, clause),
  reference: true,
})

const KEY_OF_DOC = new Map<string, DocumentKey>(
  (Object.entries(DOCUMENTS) as [DocumentKey, string][]).map(([key, doc]) => [doc, key]),
)

export const documentKeyOf = (from: Source): DocumentKey | undefined => KEY_OF_DOC.get(from.doc)

/** Can the cited clause be checked against a text the product holds? (Not for 医保发〔2022〕22号.) */
export const clauseTextHeld = (from: Source): boolean => {
  const key = documentKeyOf(from)
  return key !== undefined && DOCUMENT_FACTS[key]?.textHeld === true
}

/** 医保发〔2022〕22号 is the notice on 跨省异地就医直接结算: a filing inside the province is not its subject. */
const CROSS_PROVINCE_ONLY: ReadonlySet<DocumentKey> = new Set(['national-2022'])

/**
 * 济宁 and 湖北 name 医保发〔2022〕22号 as their basis (DOCUMENT_FACTS), so it governs their filings inside the province
 * too. A set rather than a read of those facts: the FAQ bundle imports this file and must not carry their texts.
 */
const BASED_ON_NATIONAL: ReadonlySet<string> = new Set<ProfileId>(['jining-2023', 'hubei-2022'])

const namedAsBasisBy = (profileId: string, key: DocumentKey): boolean =>
  key === 'national-2022' && BASED_ON_NATIONAL.has(profileId)

const bindsFilingInsideProvince = (profileId: string, key: DocumentKey): boolean =>
  !CROSS_PROVINCE_ONLY.has(key) || namedAsBasisBy(profileId, key)

/**
 * Does this source govern a person of this profile (or say plainly that it does not, as 参照)? With the filing's
 * scope known, a 跨省-only notice does not govern a 省内 filing; unknown (FAQ, checklists), it is taken to.
 */
export const governs = (profileId: string, from: Source, crossProvince?: boolean): boolean => {
  if (from.reference) return true
  const key = documentKeyOf(from)
  if (!key) return false
  if (crossProvince === false && !bindsFilingInsideProvince(profileId, key)) return false
  const scope = GOVERNS[key]
  return scope === 'everyone' || (scope as readonly string[]).includes(profileId)
}

/** The source as a person of this profile (filing 跨省 or not, where known) should see it: one that does not govern becomes 参照. */
export const asShownTo = (profileId: string, from: Source, crossProvince?: boolean): Source =>
  governs(profileId, from, crossProvince) ? from : { ...from, reference: true }

/** 来源 text: 参照赣市医保字〔2019〕21号 一(一). */
export const sourceLabel = (from: Source): string =>
  `${from.reference ? '参照' : ''}${from.doc} ${from.clause}`

/** For numbers no notice gives (deductibles, ratios, caps, some limits): clearly labelled example values. */
export const EXAMPLE_SOURCE: Source = source('example', '参数表')

/** What a row's value is cited to: its clause, or, for a value that clause does not state, the example table. */
export const citedAs = (row: { source: Source; illustrative?: boolean }): Source =>
  row.illustrative ? EXAMPLE_SOURCE : row.source
