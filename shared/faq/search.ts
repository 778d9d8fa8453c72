import { profileIdFor } from '../policy/profile-regions'
import type { Focus } from './clauses'
import { FAQ_ENTRIES } from './corpus'
import type { FaqEntry, FaqSource } from './faq.types'
import { HOT_QUESTION_IDS } from './hot'
import { buildLexicon, type Lexicon } from './lexicon'
import { normalize } from './normalize'
import { parseQuery, synonymWords } from './query'
import { buildIndex, K1, type SearchIndex } from './search-index'
import { EVERYDAY_WORDS } from './synonyms'
import { isSingleHan } from './tokenize'

export const FAQ_HOTLINE = '12393'
export const FAQ_DISCLAIMER = '以参保地医保经办机构解释为准'

export interface FaqHit {
  id: string
  question: string
  answer: string
  sources: FaqSource[]
  /** Relevance; hits come best first, except that a mixed question's second answer is placed second. */
  score: number
}

export interface FaqSearchOptions {
  /** 6-digit code of the insured region (参保地): picks the region's variant of an answer. */
  insuredRegion?: string
  limit?: number
}

const DEFAULT_LIMIT = 5
const MAX_LIMIT = 20
/**
 * When is the best hit an answer? Either the match is strong (several pairs, or a rare one), or
 * most of what was typed is understood (a one-word query such as “备案”). Chance pairs alone
 * (“红烧肉做法” shares just 做法) stay below both. Tuned on test/faq's queries and off-topic list.
 */
const STRONG_SCORE = 6
const UNDERSTOOD = 0.5
/** Hits far below the best one are noise, not alternatives. */
const MIN_SHARE_OF_BEST = 0.25
/** Questions are a few words; a pasted page is cut rather than searched (the cloud function shares this). */
const MAX_QUERY_LENGTH = 100

/**
 * How much more an entry weighs when its question answers what was asked: most for what the
 * question in focus asks, less for what another question of a mixed query asks; a little less when
 * it answers something else than was asked (跑几趟 when 非得跑…吗 asks for online channels).
 */
const INTENT_BOOST = { focused: 0.5, other: 0.25, unasked: -0.1 } as const

/** Judged before intents re-rank: an intent word alone does not make a match. */
const answers = ({ matched, coverage }: Scored) => matched >= STRONG_SCORE || coverage >= UNDERSTOOD

let index: SearchIndex | undefined
let lexicon: Lexicon | undefined

/** Built on first use and kept: the shipped bytes are the corpus, not an index. */
const searchIndex = (): SearchIndex => {
  lexicon ??= buildLexicon(
    [...FAQ_ENTRIES.flatMap((entry) => entry.keywords), ...synonymWords(), ...EVERYDAY_WORDS].map(normalize),
  )
  index ??= buildIndex(FAQ_ENTRIES, lexicon)
  return index
}

interface Scored {
  entry: FaqEntry
  score: number
  /** The score before intents re-rank. */
  matched: number
  /** Best for the later questions of a mixed query: placed second whatever its score. */
  answersNext?: boolean
  /** The score against the most the typed words could earn: how much of the query was understood. */
  coverage: number
}

interface Ranking {
  scored: Scored[]
  mixed: boolean
}

/** Every entry sharing a strong token (a pair or a word) with the query, best first. */
const rankWith = (q: string, focus: Focus): Ranking => {
  const { entries, postings, idf, maxIdf, intents: answeredBy } = searchIndex()
  const totals = new Float64Array(entries.length)
  const strong = new Uint8Array(entries.length)
  const text = typeof q === 'string' ? q.slice(0, MAX_QUERY_LENGTH) : ''
  const { tokens, intents, mixed } = parseQuery(
    text,
    { lexicon, inCorpus: (token) => postings.has(token) },
    focus,
  )
  // A query of single characters (“药”) has nothing stronger to go on.
  const singlesOnly = [...tokens.keys()].every(isSingleHan)
  let ceiling = 0
  for (const [token, { weight, typed }] of tokens) {
    if (typed) ceiling += weight * (idf.get(token) ?? maxIdf) * (K1 + 1)
    const list = postings.get(token)
    if (!list) continue
    const tokenWeight = weight * (idf.get(token) ?? 0)
    const counts = singlesOnly || !isSingleHan(token)
    for (const posting of list) {
      totals[posting.entry] += tokenWeight * posting.weight
      if (counts) strong[posting.entry] = 1
    }
  }
  const scored: Scored[] = []
  totals.forEach((total, at) => {
    if (!strong[at]) return
    const answered = intents.filter(({ intent }) => answeredBy[at].includes(intent))
    const boost = answered.some(({ focused }) => focused)
      ? INTENT_BOOST.focused
      : answered.length > 0
        ? INTENT_BOOST.other
        : intents.length > 0 && answeredBy[at].length > 0
          ? INTENT_BOOST.unasked
          : 0
    scored.push({
      entry: entries[at],
      score: total * (1 + boost),
      matched: total,
      coverage: total / (ceiling || 1),
    })
  })
  return { scored: scored.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id)), mixed }
}

/**
 * Best first. A mixed question's first answer is the best for its first question, the next one the
 * best for the questions after it, then the rest in order.
 */
export const rank = (q: string): Scored[] => {
  const first = rankWith(q, 'first')
  if (!first.mixed || first.scored.length < 2) return first.scored
  const top = first.scored[0]
  const next = rankWith(q, 'next').scored.find((hit) => hit.entry !== top.entry)
  if (!next) return first.scored
  const second = { ...(first.scored.find((hit) => hit.entry === next.entry) ?? next), answersNext: true }
  return [top, second, ...first.scored.filter((hit) => hit !== top && hit.entry !== second.entry)]
}

const present = (entry: FaqEntry, score: number, profileId?: string): FaqHit => {
  const variant = profileId ? entry.variants?.[profileId] : undefined
  return {
    id: entry.id,
    question: entry.question,
    answer: variant?.answer ?? entry.answer,
    sources: (variant?.sources ?? entry.sources).map(({ doc, clause }) => ({ doc, clause })),
    score: Math.round(score * 1000) / 1000,
  }
}

const clampLimit = (limit: number | undefined, fallback: number) =>
  Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number.isFinite(limit) ? (limit as number) : fallback)))

/** Best first; empty when nothing matches well enough. Offline: the corpus and index are on the device. */
export const searchFaq = (q: string, options: FaqSearchOptions = {}): FaqHit[] => {
  const scored = rank(q)
  if (!scored.some(answers)) return []
  const best = scored[0].score
  const profileId = options.insuredRegion ? profileIdFor(options.insuredRegion) : undefined
  return scored
    .filter((hit) => hit.answersNext || hit.score >= best * MIN_SHARE_OF_BEST)
    .slice(0, clampLimit(options.limit, DEFAULT_LIMIT))
    .map((hit) => present(hit.entry, hit.score, profileId))
}

const byId = new Map<string, FaqEntry>()
export const faqEntryById = (id: string): FaqEntry | undefined => {
  if (byId.size === 0) for (const entry of FAQ_ENTRIES) byId.set(entry.id, entry)
  return byId.get(id)
}

/** The curated hot list, general answers, score 0. */
export const hotQuestions = (limit = 6): FaqHit[] =>
  HOT_QUESTION_IDS.slice(0, clampLimit(limit, 6)).map((id) => {
    const entry = faqEntryById(id)
    if (!entry) throw new Error(`hot question ${id} is not in the corpus`)
    return present(entry, 0)
  })

export const FAQ_HOTLINE_ADVICE = `没有找到合适的答案，可拨打医保服务热线${FAQ_HOTLINE}咨询，${FAQ_DISCLAIMER}。`

/** For a query without a good match: near questions if any, then hot questions, then the hotline. */
export const faqSuggestions = (q: string): string[] => {
  const near = rank(q)
    .slice(0, 2)
    .map((hit) => hit.entry.question)
  const hot = hotQuestions(HOT_QUESTION_IDS.length).map((hit) => hit.question)
  const questions = [...new Set([...near, ...hot])].slice(0, 4)
  return [...questions, FAQ_HOTLINE_ADVICE]
}
