import { TRADITIONAL_PAIRS } from './traditional'

let simplified: { table: Map<string, string>; pattern: RegExp } | undefined

const simplifiedOf = () => {
  if (!simplified) {
    const table = new Map<string, string>()
    for (let at = 0; at + 1 < TRADITIONAL_PAIRS.length; at += 2) {
      table.set(TRADITIONAL_PAIRS[at], TRADITIONAL_PAIRS[at + 1])
    }
    simplified = { table, pattern: new RegExp(`[${[...table.keys()].join('')}]`, 'g') }
  }
  return simplified
}

const FULL_WIDTH = /[\uff01-\uff5e]/g

/**
 * One spelling for what users type: full-width ASCII folded to half-width, the ideographic space
 * to a space, letters lower-cased, common traditional characters to simplified.
 */
export const normalize = (text: string): string => {
  const { table, pattern } = simplifiedOf()
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(pattern, (char) => table.get(char) ?? char)
}
