/**
 * Ranking: BM25F over the corpus (search-index.ts) for the weighted query tokens (query.ts), then
 * the intents the query asks re-weigh the entries whose questions answer them, and a mixed
 * question gets its second answer from a ranking focused on its later questions.
 */
import type { FaqAdditions } from './additions'
import type { Focus } from './clauses'
import { FAQ_ENTRIES } from './corpus'
import type { FaqEntry } from './faq.types'
import type { LearnedTerms } from './learned'
import { buildLexicon, type Lexicon } from './lexicon'
import { normalize } from './normalize'
import { overlayIndex } from './overlay-index'
import { packIndex, readPackedIndex } from './packed-index'
import { parseQuery } from './query'
import { buildIndex, entryIntents, K1, type SearchIndex } from './search-index'
import { PACKED_INDEX } from './search-index.data'
import { EVERYDAY_WORDS, SYNONYMS } from './synonyms'
import { isSingleHan } from './tokenize'

/** Questions are a few words; a pasted page is cut rather than searched (the cloud function shares this). */
const MAX_QUERY_LENGTH = 100

/**
 * How much more an entry weighs when its question answers what was asked: most for what the
 * question in focus asks, less for what another question of a mixed query asks; a little less when
 * it answers something else than was asked (跑几趟 when 非得跑…吗 asks for online channels).
 */
const INTENT_BOOST = { focused: 0.5, other: 0.25, unasked: -0.1 } as const

let lexicon: Lexicon | undefined

/**
 * The lexicon's words, separated by line breaks or spaces: the corpus's keywords, the synonym table's lines and the
 * everyday words, as written (its Han words are written normalized; a test holds them so). A few joins, no list of
 * every word.
 */
export const lexiconText = (): string =>
  [
    ...FAQ_ENTRIES.map((entry) => entry.keywords.join('\n')),
    SYNONYMS.join('\n'),
    EVERYDAY_WORDS.join('\n'),
  ].join('\n')

/** The word list that splits runs of Han into pairs. */
export const faqLexicon = (): Lexicon => {
  lexicon ??= buildLexicon(lexiconText())
  return lexicon
}

export interface Scored {
  entry: FaqEntry
  score: number
  /** The score before intents re-rank. */
  matched: number
  /** Best for the later questions of a mixed query: placed second whatever its score. */
  answersNext?: boolean
  /** The score against the most the typed words could earn: how much of the query was understood. */
  coverage: number
  /** The query is, letter for letter, a wording staff gave this entry (an alias): a certain answer. */
  exact?: boolean
}

interface Ranking {
  scored: Scored[]
  mixed: boolean
}

/** Every entry sharing a strong token (a pair or a word) with the query, best first. */
const rankWith = (searchIndex: SearchIndex, q: string, focus: Focus): Ranking => {
  const { entries, postings, idf, maxIdf, intents: answeredBy } = searchIndex
  const totals = new Float64Array(entries.length)
  const strong = new Uint8Array(entries.length)
  const text = typeof q === 'string' ? q.slice(0, MAX_QUERY_LENGTH) : ''
  const { tokens, intents, mixed } = parseQuery(
    text,
    { lexicon: faqLexicon(), inCorpus: (token) => postings(token) !== undefined },
    focus,
  )
  // A query of single characters (“药”) has nothing stronger to go on.
  const singlesOnly = [...tokens.keys()].every(isSingleHan)
  let ceiling = 0
  for (const [token, { weight, typed }] of tokens) {
    if (typed) ceiling += weight * (idf(token) ?? maxIdf) * (K1 + 1)
    const list = postings(token)
    if (!list) continue
    const tokenWeight = weight * (idf(token) ?? 0)
    const counts = singlesOnly || !isSingleHan(token)
    for (const posting of list) {
      totals[posting.entry] += tokenWeight * posting.weight
      if (counts) strong[posting.entry] = 1
    }
  }
  const scored: Scored[] = []
  totals.forEach((total, at) => {
    if (!strong[at]) return
    const answered = intents.filter(({ intent }) => answeredBy(at).includes(intent))
    const boost = answered.some(({ focused }) => focused)
      ? INTENT_BOOST.focused
      : answered.length > 0
        ? INTENT_BOOST.other
        : intents.length > 0 && answeredBy(at).length > 0
          ? INTENT_BOOST.unasked
          : 0
    scored.push({
      entry: entries[at],
      score: total * (1 + boost),
      matched: total,
      coverage: total / (ceiling || 1),
    })
  })
  return {
    scored: scored.sort(
      (a, b) => b.score - a.score || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
    ),
    mixed,
  }
}

/**
 * Best first. A mixed question's first answer is the best for its first question, the next one the
 * best for the questions after it, then the rest in order.
 */
const rankIn = (searchIndex: SearchIndex, q: string): Scored[] => {
  const first = rankWith(searchIndex, q, 'first')
  if (!first.mixed || first.scored.length < 2) return first.scored
  const top = first.scored[0]
  const next = rankWith(searchIndex, q, 'next').scored.find((hit) => hit.entry !== top.entry)
  if (!next) return first.scored
  const second = { ...(first.scored.find((hit) => hit.entry === next.entry) ?? next), answersNext: true }
  return [top, second, ...first.scored.filter((hit) => hit !== top && hit.entry !== second.entry)]
}

export type Ranker = (q: string) => Scored[]

/**
 * Han characters, ASCII letters and digits only: “在这个小程序上怎么办备案？” and “在这个小程序上怎么办备案” are one
 * question. Ranges, not the Unicode letter classes, whose tables the first search would wait for.
 */
const NOT_LETTER = /[^\u3400-\u9fff\uf900-\ufaff0-9A-Za-z]/g
const lettersOf = (text: string) => text.replace(NOT_LETTER, '')
const questionKey = (text: string) => lettersOf(normalize(text))

/**
 * An entry's own question, typed or tapped (the no-answer page offers related questions), is that
 * entry first whatever the learned words of a neighbour say.
 */
const ownQuestionFirst = (scored: Scored[], q: string): Scored[] => {
  const key = questionKey(q)
  // normalize() maps letter to letter, so only a question with as many letters can be the same one.
  const own = scored.findIndex(
    (hit) => lettersOf(hit.entry.question).length === key.length && questionKey(hit.entry.question) === key,
  )
  return own <= 0 ? scored : [scored[own], ...scored.slice(0, own), ...scored.slice(own + 1)]
}

/**
 * A wording staff gave an entry (additions.ts), typed letter for letter, is that entry first and certain;
 * an alias too short to reach the entry by its words still finds it.
 */
const aliasFirst = (scored: Scored[], q: string, aliases: ReadonlyMap<string, FaqEntry>): Scored[] => {
  const entry = aliases.get(questionKey(q))
  if (!entry) return scored
  const found = scored.find((hit) => hit.entry === entry)
  const top = Math.max(scored[0]?.score ?? 0, found?.score ?? 0, 1)
  const first: Scored = { ...(found ?? { entry, matched: top, coverage: 1 }), score: top, exact: true }
  return [first, ...scored.filter((hit) => hit.entry !== entry)]
}

const rankerOver = (searchIndex: () => SearchIndex, additions?: FaqAdditions): Ranker => {
  let index: SearchIndex | undefined
  let aliases: Map<string, FaqEntry> | undefined
  return (q) => {
    index ??= searchIndex()
    const text = typeof q === 'string' ? q : ''
    const ranked = ownQuestionFirst(rankIn(index, q), text)
    if (!additions?.aliases.length) return ranked
    if (!aliases) {
      const byId = new Map(index.entries.map((entry) => [entry.id, entry]))
      aliases = new Map()
      for (const { entryId, text: alias } of additions.aliases) {
        const entry = byId.get(entryId)
        if (entry) aliases.set(questionKey(alias), entry)
      }
    }
    return aliasFirst(ranked, text, aliases)
  }
}

/**
 * A ranking over the corpus with these learned terms (for fitting and evaluation), its index built
 * on first use and packed as the shipped one is, so it scores exactly as the app would.
 */
export const createRanker = (learned: LearnedTerms): Ranker =>
  rankerOver(() =>
    readPackedIndex(
      packIndex(buildIndex(FAQ_ENTRIES, faqLexicon(), learned)),
      FAQ_ENTRIES,
      entryIntents(FAQ_ENTRIES),
    ),
  )

const shippedIndex = () => readPackedIndex(PACKED_INDEX, FAQ_ENTRIES, entryIntents(FAQ_ENTRIES))

/** The shipped ranking: the index built at build time from the corpus and the terms learned from every writer. */
export const rank: Ranker = rankerOver(shippedIndex)

const withAdditions = new WeakMap<FaqAdditions, Ranker>()

/** The shipped ranking, or with what staff added since the release (one ranking per additions object). */
export const rankFor = (additions?: FaqAdditions): Ranker => {
  if (!additions || (additions.aliases.length === 0 && additions.entries.length === 0)) return rank
  let ranker = withAdditions.get(additions)
  if (!ranker) {
    ranker = rankerOver(() => overlayIndex(shippedIndex(), additions, faqLexicon()), additions)
    withAdditions.set(additions, ranker)
  }
  return ranker
}
