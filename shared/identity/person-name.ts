/**
 * Which characters a person's name may hold. GB 18030-2022 requires the CJK extension blocks: people are
 * named with characters outside the Basic Multilingual Plane (李𬌗, U+2C317), so every unified ideograph
 * block and both compatibility blocks are letters here. Unicode 15.1 block ranges.
 */
const HAN_BLOCKS: readonly (readonly [from: number, to: number, block: string])[] = [
  [0x3400, 0x4dbf, 'CJK Unified Ideographs Extension A'],
  [0x4e00, 0x9fff, 'CJK Unified Ideographs'],
  [0xf900, 0xfaff, 'CJK Compatibility Ideographs'],
  [0x20000, 0x2a6df, 'Extension B'],
  [0x2a700, 0x2b73f, 'Extension C'],
  [0x2b740, 0x2b81f, 'Extension D'],
  [0x2b820, 0x2ceaf, 'Extension E'],
  [0x2ceb0, 0x2ebef, 'Extension F'],
  [0x2ebf0, 0x2ee5f, 'Extension I'],
  [0x2f800, 0x2fa1f, 'CJK Compatibility Ideographs Supplement'],
  [0x30000, 0x3134f, 'Extension G'],
  [0x31350, 0x323af, 'Extension H'],
]

const hex = (point: number) => `\\u{${point.toString(16)}}`
const HAN_CLASS = HAN_BLOCKS.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')

/** Latin letters, the middle dot of minority and foreign names (· and its look-alikes), and spaces. */
const NAME = new RegExp(`^[${HAN_CLASS}A-Za-z·•. ]+$`, 'u')

export const NAME_LENGTH = { min: 2, max: 30 } as const

/** Characters as a person counts them: code points, so 𬌗 (two UTF-16 units) is one character. */
export const characterCount = (value: string): number => [...value].length

const LETTER = new RegExp(`[${HAN_CLASS}A-Za-z]`, 'gu')

/** A name is letters: the dots and spaces only separate them, so "··" or "张·" is no name. */
export const isPersonName = (value: string): boolean => {
  const length = characterCount(value)
  return (
    length >= NAME_LENGTH.min &&
    length <= NAME_LENGTH.max &&
    NAME.test(value) &&
    (value.match(LETTER)?.length ?? 0) >= NAME_LENGTH.min
  )
}
