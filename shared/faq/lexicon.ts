/**
 * Known words (the corpus keywords, the synonym table and a few everyday words) let the
 * tokenizer drop pairs that straddle two words: in 外地能刷卡 the pairs 地能 and 能刷 are
 * accidents of adjacency that would otherwise match unrelated questions.
 */
import { wordsStartingWith } from './written-words'

export interface Lexicon {
  /** The known words of two or more Han characters that start with this character. */
  startingWith: (char: string) => readonly string[]
}

const HAN_WORD = /^[\u3400-\u9fff]{2,}$/

/**
 * `words`: normalize()d words separated by line breaks or spaces. A character's words are looked up the first time a
 * query needs them, so the first search does not sort the whole vocabulary into a map.
 */
export const buildLexicon = (words: string): Lexicon => {
  const joined = `\n${words}\n`
  const byFirst = new Map<string, string[]>()
  return {
    startingWith: (char) => {
      let list = byFirst.get(char)
      if (!list) {
        const han = wordsStartingWith(joined, char).filter(({ word }) => HAN_WORD.test(word))
        list = [...new Set(han.map(({ word }) => word))]
        byFirst.set(char, list)
      }
      return list
    },
  }
}

/**
 * Positions `at` where the pair run[at]run[at + 1] crosses from one known word to the next (or
 * leaves or enters one) and no known word contains the pair.
 */
export const wordBoundaries = (run: string, lexicon: Lexicon): Set<number> => {
  const inside = new Set<number>()
  const edges = new Set<number>()
  for (let start = 0; start < run.length; start++) {
    for (const word of lexicon.startingWith(run[start])) {
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
