/**
 * A pinyin keyboard slip keeps the sound and changes the character: 被案 or 备按 for 备案, 报消 for
 * 报销, 起伏线 for 起付线. So a pair of characters is also indexed by how it sounds, and a typed pair
 * the corpus does not know is looked up that way, at a lower weight than the characters themselves.
 */
import { PINYIN_SYLLABLES, PINYIN_TABLE } from './pinyin.data'

/**
 * Near-homophones that keyboards with 模糊音 and regional accents merge (the Sogou/Baidu fuzzy-pinyin
 * settings): zh/z, ch/c, sh/s; n/l, and r/l (承若 for 承诺: ruo, nuo → luo); -ng/-n after a, e, i
 * (急症 for 急诊: zheng, zhen → zen).
 */
const fold = (syllable: string): string => {
  let folded = syllable
  if (folded[1] === 'h' && 'zcs'.includes(folded[0])) folded = folded[0] + folded.slice(2)
  if (folded[0] === 'n' || folded[0] === 'r') folded = `l${folded.slice(1)}`
  if (folded.endsWith('ng') && 'aei'.includes(folded[folded.length - 3] ?? '-')) folded = folded.slice(0, -1)
  return folded
}

const usual = new Map<string, string | undefined>()
const readers = new Map<string, string>()

/** Marks a sound token: no text token starts with it. */
export const SOUND = '~'

/**
 * Every character one of whose readings (polyphones have several) folds to this sound: how the corpus may be
 * read. A sound token asks for two sounds, so the table is searched by sound, not inverted for every character.
 */
export const charsReading = (sound: string): string => {
  let chars = readers.get(sound)
  if (chars === undefined) {
    chars = ''
    for (const line of PINYIN_SYLLABLES) {
      const space = line.indexOf(' ')
      if (fold(line.slice(0, space)) === sound) chars += line.slice(space + 1)
    }
    readers.set(sound, chars)
  }
  return chars
}

/** The syllable of the table's line at `at`, if `at` is among the line's usual characters (before its |). */
const usualAt = (at: number): string | undefined => {
  const start = PINYIN_TABLE.lastIndexOf('\n', at) + 1
  const space = PINYIN_TABLE.indexOf(' ', start)
  const end = PINYIN_TABLE.indexOf('\n', at)
  const bar = PINYIN_TABLE.indexOf('|', space)
  const usualEnd = bar >= 0 && (end < 0 || bar < end) ? bar : end < 0 ? PINYIN_TABLE.length : end
  return at > space && at < usualEnd ? PINYIN_TABLE.slice(start, space) : undefined
}

/** How a typed character sounds: its usual reading, folded. */
export const usualSound = (char: string): string | undefined => {
  if (!usual.has(char)) {
    // A search needs the sounds of a few characters: the table's text is searched for each, nothing built up front.
    let sound: string | undefined
    for (let at = PINYIN_TABLE.indexOf(char); at >= 0 && !sound; at = PINYIN_TABLE.indexOf(char, at + 1)) {
      const syllable = usualAt(at)
      if (syllable) sound = fold(syllable)
    }
    usual.set(char, sound)
  }
  return usual.get(char)
}

/** How a typed pair sounds: its usual reading, one token, so a slip counts once. */
export const typedSoundToken = (pair: string): string | undefined => {
  const first = usualSound(pair[0])
  const second = usualSound(pair[1])
  return first && second ? `${SOUND}${first} ${second}` : undefined
}

let syllables: Set<string> | undefined

/**
 * A word typed in pinyin (beian, jizhen, shougongbaoxiao) as its syllables, folded; the fewest that spell it
 * (xian is one syllable, not xi an). Undefined when it is not pinyin.
 */
export const pinyinSyllables = (word: string): string[] | undefined => {
  syllables ??= new Set(PINYIN_SYLLABLES.map((line) => line.slice(0, line.indexOf(' '))))
  // best[end]: the fewest syllables that spell word[0, end).
  const best: (string[] | undefined)[] = [[]]
  for (let end = 1; end <= word.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      const before = best[start]
      const syllable = word.slice(start, end)
      if (!before || !syllables.has(syllable)) continue
      if (!best[end] || before.length + 1 < (best[end] as string[]).length) best[end] = [...before, syllable]
    }
  }
  return best[word.length]?.map(fold)
}

/** The sound tokens of a word typed in pinyin: one per two neighbouring syllables. */
export const pinyinSoundTokens = (word: string): string[] => {
  const spelled = pinyinSyllables(word)
  if (!spelled || spelled.length < 2) return []
  return spelled.slice(1).map((second, at) => `${SOUND}${spelled[at]} ${second}`)
}
