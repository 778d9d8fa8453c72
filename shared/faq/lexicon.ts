/**
 * Known words (the corpus keywords, the synonym table and a few everyday words) let the
 * tokenizer drop pairs that straddle two words: in 外地能刷卡 the pairs 地能 and 能刷 are
 * accidents of adjacency that would otherwise match unrelated questions.
 */

export interface Lexicon {
  /** Words of two or more Han characters, by their first character. */
  byFirst: Map<string, string[]>
}

const HAN_WORD = /^[\u3400-\u9fff]{2,}$/

export const buildLexicon = (words: Iterable<string>): Lexicon => {
  const byFirst = new Map<string, string[]>()
  for (const word of new Set(words)) {
    if (!HAN_WORD.test(word)) continue
    const list = byFirst.get(word[0]) ?? []
    list.push(word)
    byFirst.set(word[0], list)
  }
  return { byFirst }
}

/**
 * Positions `at` where the pair run[at]run[at + 1] crosses from one known word to the next (or
 * leaves or enters one) and no known word contains the pair.
 */
export const wordBoundaries = (run: string, lexicon: Lexicon): Set<number> => {
  const inside = new Set<number>()
  const edges = new Set<number>()
  for (let start = 0; start < run.length; start++) {
    for (const word of lexicon.byFirst.get(run[start]) ?? []) {
      if (!run.startsWith(word, start)) continue
      const end = start + word.length
      for (let at = start; at < end - 1; at++) inside.add(at)
      if (start > 0) edges.add(start - 1)
      if (end < run.length) edges.add(end - 1)
    }
  }
  for (const at of inside) edges.delete(at)
  return edges
}
