/**
 * The shipped index with what staff added since the release (additions.ts), without rebuilding it: a
 * drafted entry is numbered after the corpus; an alias is one more question field of its entry. A token's postings are the shipped ones merged with the added ones.
 */
import type { FaqAdditions } from './additions'
import type { FaqEntry } from './faq.types'
import type { Lexicon } from './lexicon'
import { normalize } from './normalize'
import { entryIntents, idfOf, type Posting, type SearchIndex, saturate, unsaturate } from './search-index'
import { SPLIT, tokensOf } from './tokenize'

/**
 * As search-index.ts weighs an entry's fields, without its length normalisation: a handful of drafts have no
 * average to normalise by, and the phone need not ship the index builder for them. An alias counts as a question.
 */
const WEIGHTS = { question: 3, keywords: 2, answer: 0.6 } as const

/** The entries after the corpus: drafts whose id is not already taken. */
export const addedEntries = (corpus: readonly FaqEntry[], additions: FaqAdditions): FaqEntry[] => {
  const taken = new Set(corpus.map((entry) => entry.id))
  return additions.entries.filter((entry) => !taken.has(entry.id) && taken.add(entry.id))
}

export const overlayIndex = (base: SearchIndex, additions: FaqAdditions, lexicon: Lexicon): SearchIndex => {
  const drafts = addedEntries(base.entries, additions)
  const entries = [...base.entries, ...drafts]
  const numberOf = new Map(entries.map((entry, at) => [entry.id, at]))
  /** token → entry number → field-weighted frequency added. */
  const added = new Map<string, Map<number, number>>()
  const add = (token: string, entry: number, tf: number) => {
    const byEntry = added.get(token) ?? new Map<number, number>()
    added.set(token, byEntry)
    byEntry.set(entry, (byEntry.get(entry) ?? 0) + tf)
  }
  drafts.forEach((draft, at) => {
    const entry = base.entries.length + at
    for (const token of tokensOf(normalize(draft.question), lexicon)) add(token, entry, WEIGHTS.question)
    for (const token of new Set(tokensOf(normalize(draft.keywords.join(SPLIT)), lexicon)))
      add(token, entry, WEIGHTS.keywords)
    for (const token of tokensOf(normalize(draft.answer), lexicon, false)) add(token, entry, WEIGHTS.answer)
  })
  for (const { entryId, text } of additions.aliases) {
    const entry = numberOf.get(entryId)
    if (entry === undefined) continue
    for (const token of tokensOf(normalize(text), lexicon)) add(token, entry, WEIGHTS.question)
  }

  const merged = new Map<string, readonly Posting[] | undefined>()
  const postings = (token: string): readonly Posting[] | undefined => {
    if (merged.has(token)) return merged.get(token)
    const shipped = base.postings(token)
    const extra = added.get(token)
    let list = shipped
    if (extra) {
      const tf = new Map<number, number>()
      for (const { entry, weight } of shipped ?? []) tf.set(entry, unsaturate(weight))
      for (const [entry, more] of extra) tf.set(entry, (tf.get(entry) ?? 0) + more)
      list = [...tf].sort(([a], [b]) => a - b).map(([entry, f]) => ({ entry, weight: saturate(f) }))
    }
    merged.set(token, list)
    return list
  }
  const intents = entryIntents(entries)
  return {
    entries,
    postings,
    idf: (token) => {
      const list = postings(token)
      return list ? idfOf(entries.length, list.length) : undefined
    },
    maxIdf: idfOf(entries.length, 0),
    intents: (entry) => (entry < base.entries.length ? base.intents(entry) : intents(entry)),
  }
}
