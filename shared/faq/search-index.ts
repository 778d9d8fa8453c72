import type { FaqEntry } from './faq.types'
import { INTENTS, type Intent } from './intents'
import { LEARNED_FIELD_WEIGHT, type LearnedTerms, learnedTokens } from './learned'
import type { Lexicon } from './lexicon'
import { normalize } from './normalize'
import { isHanPair, SPLIT, tokensOf } from './tokenize'

/**
 * BM25F over four fields. A token's frequency in an entry is the weighted, length-normalised sum
 * over the fields, so a word in the question counts more than the same word in the answer. Built at
 * build time (packed-index.ts ships it); a pair's sound is looked up from the pairs at query time.
 */
const FIELD_WEIGHTS = { question: 3, keywords: 2, answer: 0.6, learned: LEARNED_FIELD_WEIGHT } as const
export const K1 = 1.6
const B = 0.5
/** Below 1 flattens idf, so a rare word cannot outweigh the words a question is about. */
const IDF_POWER = 0.7

type Field = keyof typeof FIELD_WEIGHTS
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[]
/** Where a slip is looked up by sound: the words an entry is about, not every pair of its answer. */
const SOUND_FIELDS: ReadonlySet<Field> = new Set(['question', 'keywords', 'learned'])

export interface Posting {
  entry: number
  /** The saturated term weight: tf·(k1+1)/(tf+k1), tf being the field-weighted frequency. */
  weight: number
}

export const saturate = (tf: number): number => (tf * (K1 + 1)) / (tf + K1)
/** The field-weighted frequency a saturated weight came from. */
export const unsaturate = (weight: number): number => (weight * K1) / (K1 + 1 - weight)

export const idfOf = (entries: number, df: number): number =>
  Math.log(1 + (entries - df + 0.5) / (df + 0.5)) ** IDF_POWER

/** The index as built: every token's postings, and the pairs that may be looked up by sound. */
export interface RawIndex {
  entries: readonly FaqEntry[]
  postings: Map<string, Posting[]>
  /** Pairs of the question, keywords or learned words of some entry. */
  sounded: Set<string>
}

export interface SearchIndex {
  entries: readonly FaqEntry[]
  postings: (token: string) => readonly Posting[] | undefined
  idf: (token: string) => number | undefined
  /** The idf of a token no entry contains: how much an unmatched query token weighs. */
  maxIdf: number
  /** By entry number: the intents its question answers. */
  intents: (entry: number) => readonly Intent[]
}

const fieldTokens = (entry: FaqEntry, lexicon: Lexicon, learned: LearnedTerms): Record<Field, string[]> => ({
  question: tokensOf(normalize(entry.question), lexicon),
  // No pair spans two keywords; a set, so repeating a word adds nothing.
  keywords: [...new Set(tokensOf(normalize(entry.keywords.join(SPLIT)), lexicon))],
  answer: tokensOf(normalize(entry.answer), lexicon, false),
  learned: learnedTokens(learned[entry.id]),
})

const counts = (tokens: string[]): Map<string, number> => {
  const map = new Map<string, number>()
  for (const token of tokens) map.set(token, (map.get(token) ?? 0) + 1)
  return map
}

/** `learned`: the words people used for each entry, fitted from labelled paraphrases (learned.ts). */
export const buildIndex = (
  entries: readonly FaqEntry[],
  lexicon: Lexicon,
  learned: LearnedTerms = {},
): RawIndex => {
  const tokenized = entries.map((entry) => fieldTokens(entry, lexicon, learned))
  const averageLength = Object.fromEntries(
    FIELDS.map((field) => [
      field,
      tokenized.reduce((sum, fields) => sum + fields[field].length, 0) / Math.max(entries.length, 1),
    ]),
  ) as Record<Field, number>

  const postings = new Map<string, Posting[]>()
  const sounded = new Set<string>()
  tokenized.forEach((fields, entry) => {
    const frequency = new Map<string, number>()
    for (const field of FIELDS) {
      const norm = 1 - B + (B * fields[field].length) / (averageLength[field] || 1)
      if (SOUND_FIELDS.has(field)) for (const token of fields[field]) if (isHanPair(token)) sounded.add(token)
      for (const [token, count] of counts(fields[field])) {
        frequency.set(token, (frequency.get(token) ?? 0) + (FIELD_WEIGHTS[field] * count) / norm)
      }
    }
    for (const [token, tf] of frequency) {
      const list = postings.get(token) ?? []
      list.push({ entry, weight: saturate(tf) })
      postings.set(token, list)
    }
  })
  return { entries, postings, sounded }
}

/**
 * By entry number: the intents its question says it answers (it contains one of their `asks`), in the order of INTENTS. Worked out
 * for every entry at once on first use, each word an intent is answered by looked up in the questions joined
 * (a few dozen indexOf), not every question tested for every word.
 */
export const entryIntents = (entries: readonly FaqEntry[]): ((entry: number) => readonly Intent[]) => {
  let byEntry: Intent[][] | undefined
  const work = () => {
    // As written: intent words are Han and questions are written in simplified characters (a test holds both),
    // so normalize() would change nothing a word is found by.
    const text = entries.map((entry) => entry.question).join('\n')
    const starts = new Int32Array(entries.length)
    for (let entry = 1; entry < entries.length; entry++) {
      starts[entry] = starts[entry - 1] + entries[entry - 1].question.length + 1
    }
    const entryAt = (position: number) => {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= position) lo = mid
        else hi = mid - 1
      }
      return lo
    }
    const found: Intent[][] = entries.map(() => [])
    for (const intent of INTENTS) {
      for (const word of intent.asks) {
        for (let place = text.indexOf(word); place >= 0; place = text.indexOf(word, place + 1)) {
          const answered = found[entryAt(place)]
          if (answered[answered.length - 1] !== intent) answered.push(intent)
        }
      }
    }
    return found
  }
  return (entry) => {
    byEntry ??= work()
    return byEntry[entry]
  }
}
