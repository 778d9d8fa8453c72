/**
 * Tables written as words with spaces and line breaks between them (the synonym lines, the intent words, the
 * lexicon) are searched as written: the words starting with a character are found by indexOf, nothing is built.
 */

export interface WrittenWord {
  word: string
  /** Where it starts in the text: the table's order. */
  at: number
}

/** The words of `text` that start with `char`, in the text's order. `text` must begin and end with a line break. */
export const wordsStartingWith = (text: string, char: string): WrittenWord[] => {
  const found: WrittenWord[] = []
  for (const before of [' ', '\n']) {
    for (let at = text.indexOf(before + char); at >= 0; at = text.indexOf(before + char, at + 1)) {
      const start = at + 1
      let end = start
      while (text[end] !== ' ' && text[end] !== '\n') end++
      found.push({ word: text.slice(start, end), at: start })
    }
  }
  return found.sort((a, b) => a.at - b.at)
}
