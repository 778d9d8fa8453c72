/**
 * ID numbers typed into free text (a staff note, a cancel reason) in any form a person types them: the 18-digit
 * and the old 15-digit number, in full-width digits, in groups split by spaces or hyphens. Stored and shown
 * text keeps the first four and the last four characters; everything between is starred.
 */
const DIGIT = '[0-9\\uFF10-\\uFF19]'
const GAP = '[ \\u3000\\-\\u2010-\\u2015\\uFF0D]?'
const CHECK = '[XxＸｘ]'
/**
 * Fifteen or more digits (a bank card number is as private), optionally ending in the check character X.
 * Matching starts at a run's first digit, so no lookbehind is needed (older phones cannot parse one).
 */
const NUMBER = new RegExp(`${DIGIT}(?:${GAP}${DIGIT}){13,}(?:${GAP}${CHECK})?(?![0-9\\uFF10-\\uFF19])`, 'g')

const mask = (run: string): string => {
  const characters = run.replace(/[^0-9\uFF10-\uFF19XxＸｘ]/g, '')
  return `${characters.slice(0, 4)}${'*'.repeat(characters.length - 8)}${characters.slice(-4)}`
}

export const maskIdNumbersIn = (text: string): string => text.replace(NUMBER, mask)
