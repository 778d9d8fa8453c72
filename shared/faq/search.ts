import { DISCLAIMER, HOTLINE } from '../contact'
import { NATIONAL_PROFILE_ID, profileIdFor } from '../policy/profile-regions'
import { asShownTo } from '../policy/sources'
import type { Source } from '../result'
import type { FaqAdditions } from './additions'
import { confidenceOf } from './confidence'
import { FAQ_ENTRIES } from './corpus'
import type { FaqEntry, FaqSee } from './faq.types'
import { HOT_QUESTION_IDS } from './hot'
import { MIN_CONFIDENCE } from './learned.data'
import { rankFor, type Scored } from './rank'

export interface FaqHit {
  id: string
  question: string
  answer: string
  sources: Source[]
  /** Relevance; hits come best first, except that a mixed question's second answer is placed second. */
  score: number
  see?: FaqSee
}

export interface FaqSearchOptions {
  /** 6-digit code of the insured region (参保地): picks the region's variant of an answer. */
  insuredRegion?: string
  limit?: number
  /** What staff added since the release (aliases, drafted entries); without it the shipped corpus alone. */
  additions?: FaqAdditions
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
/** Judged before intents re-rank: an intent word alone does not make a match. */
const answers = ({ matched, coverage, exact }: Scored) =>
  exact === true || matched >= STRONG_SCORE || coverage >= UNDERSTOOD

/** Whether a ranking has any hit worth showing (the engine before calibrated confidence answered then). */
export const hasMatch = (scored: readonly Scored[]): boolean => scored.some(answers)

/** The profile's variant where there is one; another region's notice is cited as 参照, never as the person's rule. */
const present = (entry: FaqEntry, score: number, profileId?: string): FaqHit => {
  const variant = profileId ? entry.variants?.[profileId] : undefined
  const reader = profileId ?? NATIONAL_PROFILE_ID
  return {
    id: entry.id,
    question: entry.question,
    answer: variant?.answer ?? entry.answer,
    sources: (variant?.sources ?? entry.sources).map(({ doc, clause }) => asShownTo(reader, { doc, clause })),
    score: Math.round(score * 1000) / 1000,
    ...(entry.see ? { see: entry.see } : {}),
  }
}

const clampLimit = (limit: number | undefined, fallback: number) =>
  Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number.isFinite(limit) ? (limit as number) : fallback)))

const hitsOf = (scored: Scored[], options: FaqSearchOptions): FaqHit[] => {
  if (!hasMatch(scored)) return []
  const best = scored[0].score
  const profileId = options.insuredRegion ? profileIdFor(options.insuredRegion) : undefined
  return scored
    .filter((hit) => hit.answersNext || hit.score >= best * MIN_SHARE_OF_BEST)
    .slice(0, clampLimit(options.limit, DEFAULT_LIMIT))
    .map((hit) => present(hit.entry, hit.score, profileId))
}

/** Words, a pair no entry has (a possible slip), a synonym and an intent: every table the first search builds. */
const WARM_UP_QUERY = '急诊没备案怎么报销'

/**
 * The first search builds what every later one reuses (the packed index read, the phrase tables, the lexicon). A
 * page runs one when it opens, so the person's first question is answered as quickly as their second.
 */
export const warmFaq = (additions?: FaqAdditions): void => {
  rankFor(additions)(WARM_UP_QUERY)
}

/** Best first; empty when nothing matches well enough. Offline: the corpus and index are on the device. */
export const searchFaq = (q: string, options: FaqSearchOptions = {}): FaqHit[] =>
  hitsOf(rankFor(options.additions)(q), options)

export interface FaqAnswer {
  /** The first hit is the answer; otherwise the hits are only 可能相关 and the page says so. */
  confident: boolean
  hits: FaqHit[]
}

/** The search and whether its first hit is a certain answer (calibrated on held-out writers). */
export const answerFaq = (q: string, options: FaqSearchOptions = {}): FaqAnswer => {
  const scored = rankFor(options.additions)(q)
  const hits = hitsOf(scored, options)
  const certain = scored[0]?.exact === true || confidenceOf(scored) >= MIN_CONFIDENCE
  return { confident: hits.length > 0 && certain, hits }
}

/** The entries nearest to a text however weak the match: what staff may make a question another wording of. */
export const nearestFaqEntries = (q: string, limit: number, additions?: FaqAdditions): FaqEntry[] =>
  rankFor(additions)(q)
    .slice(0, limit)
    .map((hit) => hit.entry)

/** One entry as a hit for a person of this 参保地 (their region's variant of the answer). */
export const faqHitOf = (entry: FaqEntry, insuredRegion?: string): FaqHit =>
  present(entry, 0, insuredRegion ? profileIdFor(insuredRegion) : undefined)

const byId = new Map<string, FaqEntry>()
export const faqEntryById = (id: string): FaqEntry | undefined => {
  if (byId.size === 0) for (const entry of FAQ_ENTRIES) byId.set(entry.id, entry)
  return byId.get(id)
}

/** The curated hot list, score 0; the insured region's variant of an answer where it has one. */
export const hotQuestions = (limit = 6, insuredRegion?: string): FaqHit[] =>
  HOT_QUESTION_IDS.slice(0, clampLimit(limit, 6)).map((id) => {
    const entry = faqEntryById(id)
    if (!entry) throw new Error(`hot question ${id} is not in the corpus`)
    return present(entry, 0, insuredRegion ? profileIdFor(insuredRegion) : undefined)
  })

export const FAQ_HOTLINE_ADVICE = `没有找到合适的答案，可拨打医保服务热线${HOTLINE}咨询，${DISCLAIMER}。`

/** For a query without a good match: near questions if any, then hot questions, then the hotline. */
export const faqSuggestions = (q: string, additions?: FaqAdditions): string[] => {
  const near = rankFor(additions)(q)
    .slice(0, 2)
    .map((hit) => hit.entry.question)
  const hot = hotQuestions(HOT_QUESTION_IDS.length).map((hit) => hit.question)
  const questions = [...new Set([...near, ...hot])].slice(0, 4)
  return [...questions, FAQ_HOTLINE_ADVICE]
}
