/** 公民身份号码 per GB 11643-1999: 6-digit region, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check. */
import { isRealDate } from '../time/calendar'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'

export type IdNumberProblem = 'length' | 'characters' | 'birth_date' | 'check_digit'

export const checkCharacter = (first17: string): string =>
  CHECK_CHARACTERS[[...first17].reduce((sum, digit, index) => sum + Number(digit) * WEIGHTS[index], 0) % 11]

/** Lower-case x is accepted and normalised to X. */
export const normaliseIdNumber = (value: string): string => value.trim().toUpperCase()

export const birthDateOf = (id: string): string =>
  `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`

export const idNumberProblem = (value: string, today?: string): IdNumberProblem | undefined => {
  const id = normaliseIdNumber(value)
  if (id.length !== 18) return 'length'
  if (!/^\d{17}[\dX]$/.test(id)) return 'characters'
  const birth = birthDateOf(id)
  if (!isRealDate(birth) || birth < '1900-01-01' || (today !== undefined && birth > today))
    return 'birth_date'
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return 'check_digit'
  return undefined
}

/** Shown in every response after submit: region prefix and last four, nothing in between. */
export const maskIdNumber = (id: string): string => {
  const normalised = normaliseIdNumber(id)
  return normalised.length < 8
    ? '*'.repeat(normalised.length)
    : `${normalised.slice(0, 4)}**********${normalised.slice(-4)}`
}
