// Learns, per entry, the words people use when they ask for it: the pairs and latin words of the
// paraphrases labelled with that entry, each counted once per paraphrase using it (capped). The result is the index's learned field
// (shared/faq/learned.ts), written by `npm run fit:faq`.
import { FAQ_ENTRIES } from '../../shared/faq/corpus'
import type { LearnedTerms } from '../../shared/faq/learned'
import { normalize } from '../../shared/faq/normalize'
import { faqLexicon } from '../../shared/faq/rank'
import { isHanPair, isSingleHan, tokensOf } from '../../shared/faq/tokenize'
import type { Paraphrase } from './writers'

/**
 * How many times a token counts at most, however many paraphrases used it, so one word everyone says
 * does not swamp the entry. Every token is kept: a word one person used for one entry is often the
 * word the next person uses (退掉, 消了). Chosen by the leave-one-writer-out mean (bench:faq).
 */
export const MAX_COUNT = 3

/** The distinct strong tokens (pairs, latin words) of one paraphrase, as the index tokenizes. */
const paraphraseTokens = (q: string): Set<string> =>
  new Set(tokensOf(normalize(q), faqLexicon(), false).filter((token) => !isSingleHan(token)))

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Pairs of one count as chains (退掉, 掉备, 备案 → 退掉备案). Greedy: start where no pair leads in, follow pairs out. */
const chainsOf = (pairs: Set<string>): string[] => {
  const chains: string[] = []
  const outOf = (char: string) => [...pairs].find((pair) => pair[0] === char)
  while (pairs.size > 0) {
    const start =
      [...pairs].find((pair) => ![...pairs].some((other) => other[1] === pair[0])) ?? [...pairs][0]
    let chain = start
    pairs.delete(start)
    for (let next = outOf(start[1]); next; next = outOf(chain[chain.length - 1])) {
      chain += next[1]
      pairs.delete(next)
    }
    chains.push(chain)
  }
  return chains
}

/** The encoding learned.ts decodes: tokens grouped by count, pairs of a group written as chains. */
export const encodeTokens = (counted: ReadonlyMap<string, number>): string => {
  const byCount = new Map<number, { pairs: Set<string>; words: string[] }>()
  for (const [token, count] of [...counted].sort(([a], [b]) => byText(a, b))) {
    const group = byCount.get(count) ?? { pairs: new Set<string>(), words: [] }
    byCount.set(count, group)
    if (isHanPair(token)) group.pairs.add(token)
    else group.words.push(token)
  }
  return [...byCount]
    .sort(([a], [b]) => b - a)
    .flatMap(([count, { pairs, words }]) =>
      [...chainsOf(pairs), ...words].map((item) => (count > 1 ? `${item}:${count}` : item)),
    )
    .join(' ')
}

/**
 * On top of what people used (capped), each word of the entry's own question counts this much more,
 * so a learned word shared with another entry cannot push an entry below it when it is asked in the
 * agency's words (a related question tapped on the no-answer page is searched by its text).
 */
const OWN_QUESTION_COUNT = 2

export const fitLearnedTerms = (paraphrases: readonly Paraphrase[]): LearnedTerms => {
  const byEntry = new Map<string, Map<string, number>>()
  for (const { entry, q } of paraphrases) {
    const counts = byEntry.get(entry) ?? new Map<string, number>()
    byEntry.set(entry, counts)
    for (const token of paraphraseTokens(q)) counts.set(token, (counts.get(token) ?? 0) + 1)
  }
  const learned: Record<string, string> = {}
  for (const { id, question } of [...FAQ_ENTRIES].sort((a, b) => byText(a.id, b.id))) {
    const kept = new Map<string, number>()
    for (const [token, count] of byEntry.get(id) ?? []) kept.set(token, Math.min(count, MAX_COUNT))
    for (const token of paraphraseTokens(question))
      kept.set(token, (kept.get(token) ?? 0) + OWN_QUESTION_COUNT)
    if (kept.size > 0) learned[id] = encodeTokens(kept)
  }
  return learned
}
