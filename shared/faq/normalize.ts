import { TRADITIONAL_PAIRS } from './traditional'

/** The simplified character paired with a traditional one (the next character of its pair); others as they are. */
const simplify = (char: string): string => {
  for (let at = TRADITIONAL_PAIRS.indexOf(char); at >= 0; at = TRADITIONAL_PAIRS.indexOf(char, at + 1)) {
    if (at % 2 === 0) return TRADITIONAL_PAIRS[at + 1]
  }
  return char
}

/**
 * Whether any character is a traditional one: a query is a few characters, each looked up in the pairs, so the
 * first search builds neither a table nor a regular expression of every traditional character.
 */
const hasTraditional = (text: string): boolean => {
  for (let at = 0; at < text.length; at++) if (simplify(text[at]) !== text[at]) return true
  return false
}

const FULL_WIDTH = /[\uff01-\uff5e]/g
/** What else normalize() changes; text without any of it (most of the corpus and tables) is returned as is. */
const FOLDED = /[\uff01-\uff5e\u3000A-Z]/

/**
 * One spelling for what users type: full-width ASCII folded to half-width, the ideographic space
 * to a space, letters lower-cased, common traditional characters to simplified.
 */
export const normalize = (text: string): string => {
  const folded = FOLDED.test(text)
    ? text
        .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
        .replace(/\u3000/g, ' ')
        .toLowerCase()
    : text
  return hasTraditional(folded) ? Array.from(folded, simplify).join('') : folded
}
