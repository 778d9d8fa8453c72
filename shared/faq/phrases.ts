import { usualSound } from './pinyin'
import { wordsStartingWith } from './written-words'

/**
 * Finds the phrases of a table (synonym triggers, intent words) in a query, by their characters
 * and, for phrases of three characters or more, by their sound when one character slipped: 来的及
 * is 来得及 typed on a pinyin keyboard. A phrase inside a longer phrase of another value does not count
 * (没办手续 is 未备案, not 材料 for its 手续; 能报多少钱 asks an amount, not a ratio).
 */
export interface PhraseMatch<T> {
  value: T
  phrase: string
  start: number
  end: number
  /** Matched by sound, not by its characters: a slip. */
  bySound: boolean
}

export interface PhraseTable<T> {
  /** Expects compact()ed normalized text. */
  find: (text: string) => PhraseMatch<T>[]
}

/** Two-syllable phrases have too many real homophones (哪级 and 哪几, 哪家 and 那家). */
const MIN_SOUND_LENGTH = 3

/**
 * One character typed wrong, and not the first: a phrase that starts on a homophone is more often
 * another word (干部备案 sounds like 不备案 from 部 on). So a slip starts on the phrase's own first
 * character, and phrases are looked up by it; sounds are worked out only for those compared.
 */
const isSlip = (text: string, start: number, phrase: string): boolean => {
  // Characters first: most phrases compared differ in more than one, and sounds are looked up only for the rest.
  let wrong = -1
  for (let at = 1; at < phrase.length; at++) {
    if (text[start + at] === phrase[at]) continue
    if (wrong >= 0) return false
    wrong = at
  }
  if (wrong < 0) return false
  for (let at = 1; at < phrase.length; at++) if (!usualSound(phrase[at])) return false
  return usualSound(text[start + wrong]) === usualSound(phrase[wrong])
}

interface Phrase {
  phrase: string
  line: number
  /** Where it is written in the table: the order of the table. */
  at: number
}

/**
 * A table written as lines of space-separated phrases; a phrase's value is the number of its line. The first
 * search joins the lines and, for each character of a query, finds the phrases starting with it by indexOf:
 * nothing is built for the characters no query has typed.
 */
export const phraseLines = (lines: readonly string[]): PhraseTable<number> => {
  let written: { text: string; lineStarts: number[] } | undefined
  const byFirst = new Map<string, Phrase[]>()

  const lineAt = (lineStarts: number[], at: number) => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid] <= at) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  const startingWith = (char: string): Phrase[] => {
    const known = byFirst.get(char)
    if (known) return known
    if (!written) {
      const lineStarts: number[] = []
      let at = 1
      for (const line of lines) {
        lineStarts.push(at)
        at += line.length + 1
      }
      written = { text: `\n${lines.join('\n')}\n`, lineStarts }
    }
    const { text, lineStarts } = written
    const found: Phrase[] = wordsStartingWith(text, char).map(({ word, at }) => ({
      phrase: word,
      line: lineAt(lineStarts, at),
      at,
    }))
    byFirst.set(char, found)
    return found
  }

  const find = (text: string): PhraseMatch<number>[] => {
    const exact: { phrase: Phrase; start: number }[] = []
    for (let start = 0; start < text.length; start++) {
      for (const phrase of startingWith(text[start])) {
        if (text.startsWith(phrase.phrase, start)) exact.push({ phrase, start })
      }
    }
    // In the table's order, each phrase's places left to right: the order later steps rely on for ties.
    exact.sort((a, b) => a.phrase.at - b.phrase.at || a.start - b.start)
    const found: PhraseMatch<number>[] = exact.map(({ phrase, start }) => ({
      value: phrase.line,
      phrase: phrase.phrase,
      start,
      end: start + phrase.phrase.length,
      bySound: false,
    }))
    for (let start = 0; start < text.length; start++) {
      for (const { phrase, line } of startingWith(text[start])) {
        const end = start + phrase.length
        if (phrase.length < MIN_SOUND_LENGTH || end > text.length) continue
        if (!usualSound(text[start]) || !isSlip(text, start, phrase)) continue
        found.push({ value: line, phrase, start, end, bySound: true })
      }
    }
    return found.filter(
      (match) =>
        !found.some(
          (other) =>
            other.value !== match.value &&
            other.start <= match.start &&
            other.end >= match.end &&
            other.end - other.start > match.end - match.start,
        ),
    )
  }
  return { find }
}
