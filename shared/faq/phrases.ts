import { usualSound } from './pinyin'

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

export const phraseTable = <T>(rows: readonly (readonly [phrase: string, value: T])[]): PhraseTable<T> => {
  // Row numbers by the phrase's first character: all rows (found by their characters) and the rows long enough to
  // be found by sound. A query visits its own few characters instead of searching for every phrase of the table.
  let tables: { byFirst: Map<string, number[]>; soundedByFirst: Map<string, number[]> } | undefined

  const index = () => {
    const byFirst = new Map<string, number[]>()
    const soundedByFirst = new Map<string, number[]>()
    const note = (map: Map<string, number[]>, first: string, row: number) => {
      const list = map.get(first)
      if (list) list.push(row)
      else map.set(first, [row])
    }
    rows.forEach(([phrase], row) => {
      if (!phrase) return
      note(byFirst, phrase[0], row)
      if (phrase.length >= MIN_SOUND_LENGTH) note(soundedByFirst, phrase[0], row)
    })
    return { byFirst, soundedByFirst }
  }

  const find = (text: string): PhraseMatch<T>[] => {
    tables ??= index()
    const exact: { row: number; start: number }[] = []
    for (let start = 0; start < text.length; start++) {
      for (const row of tables.byFirst.get(text[start]) ?? []) {
        if (text.startsWith(rows[row][0], start)) exact.push({ row, start })
      }
    }
    // In the table's order, each phrase's places left to right: the order later steps rely on for ties.
    exact.sort((a, b) => a.row - b.row || a.start - b.start)
    const found: PhraseMatch<T>[] = exact.map(({ row, start }) => {
      const [phrase, value] = rows[row]
      return { value, phrase, start, end: start + phrase.length, bySound: false }
    })
    for (let start = 0; start < text.length; start++) {
      for (const row of tables.soundedByFirst.get(text[start]) ?? []) {
        const [phrase, value] = rows[row]
        const end = start + phrase.length
        if (end > text.length || !usualSound(text[start]) || !isSlip(text, start, phrase)) continue
        found.push({ value, phrase, start, end, bySound: true })
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
