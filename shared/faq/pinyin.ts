/**
 * A pinyin keyboard slip keeps the sound and changes the character: 被案 or 备按 for 备案, 报消 for
 * 报销, 起伏线 for 起付线. So a pair of characters is also indexed by how it sounds, and a typed pair
 * the corpus does not know is looked up that way, at a lower weight than the characters themselves.
 */
import { PINYIN_SYLLABLES } from './pinyin.data'

/**
 * Near-homophones that keyboards with 模糊音 and regional accents merge (the Sogou/Baidu fuzzy-pinyin
 * settings): zh/z, ch/c, sh/s; n/l, and r/l (承若 for 承诺: ruo, nuo → luo); -ng/-n after a, e, i
 * (急症 for 急诊: zheng, zhen → zen).
 */
const FOLDS: readonly [RegExp, string][] = [
  [/^([zcs])h/, '$1'],
  [/^[nr]/, 'l'],
  [/([aei])ng$/, '$1n'],
]

const fold = (syllable: string): string =>
  FOLDS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), syllable)

interface Sounds {
  /** Every folded reading: how the corpus may be read. */
  all: string[]
  /** The usual reading: what a keyboard slip sounds like. */
  usual?: string
}

let sounds: Map<string, Sounds> | undefined

/** Folded readings of a character, built from the generated table on first use. */
const soundsOf = (char: string): Sounds | undefined => {
  if (!sounds) {
    sounds = new Map()
    for (const line of PINYIN_SYLLABLES) {
      const [syllable, chars] = line.split(' ')
      const folded = fold(syllable)
      const [usual, other = ''] = chars.split('|')
      for (const each of usual + other) {
        const known = sounds.get(each) ?? { all: [] }
        if (!known.all.includes(folded)) known.all.push(folded)
        if (usual.includes(each)) known.usual = folded
        sounds.set(each, known)
      }
    }
  }
  return sounds.get(char)
}

/** Marks a sound token: no text token starts with it. */
const SOUND = '~'

/** Every way a pair of Han characters of the corpus can sound (polyphones give several). */
export const corpusSoundTokens = (pair: string): string[] => {
  const tokens: string[] = []
  for (const first of soundsOf(pair[0])?.all ?? []) {
    for (const second of soundsOf(pair[1])?.all ?? []) tokens.push(`${SOUND}${first} ${second}`)
  }
  return tokens
}

/** How a typed character sounds: its usual reading, folded. */
export const usualSound = (char: string): string | undefined => soundsOf(char)?.usual

/** How a typed pair sounds: its usual reading, one token, so a slip counts once. */
export const typedSoundToken = (pair: string): string | undefined => {
  const first = usualSound(pair[0])
  const second = usualSound(pair[1])
  return first && second ? `${SOUND}${first} ${second}` : undefined
}
