import { TRADITIONAL_PAIRS } from './traditional'

let simplified: { table: Map<string, string>; pattern: RegExp; test: RegExp } | undefined

const simplifiedOf = () => {
  if (!simplified) {
    const table = new Map<string, string>()
    for (let at = 0; at + 1 < TRADITIONAL_PAIRS.length; at += 2) {
      table.set(TRADITIONAL_PAIRS[at], TRADITIONAL_PAIRS[at + 1])
    }
    const chars = `[${[...table.keys()].join('')}]`
    simplified = { table, pattern: new RegExp(chars, 'g'), test: new RegExp(chars) }
  }
  return simplified
}

const FULL_WIDTH = /[\uff01-\uff5e]/g
/** What else normalize() changes; text without any of it (most of the corpus and tables) is returned as is. */
const FOLDED = /[\uff01-\uff5e\u3000A-Z]/

/**
 * One spelling for what users type: full-width ASCII folded to half-width, the ideographic space
 * to a space, letters lower-cased, common traditional characters to simplified.
 */
export const normalize = (text: string): string => {
  const { table, pattern, test } = simplifiedOf()
  if (!FOLDED.test(text) && !test.test(text)) return text
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(pattern, (char) => table.get(char) ?? char)
}
