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

interface Sounding<T> {
  phrase: string
  value: T
  sounds: string[]
}

/**
 * One character typed wrong, and not the first: a phrase that starts on a homophone is more often
 * another word (干部备案 sounds like 不备案 from 部 on).
 */
const isSlip = (text: string, start: number, phrase: string): boolean => {
  const wrong = [...phrase].flatMap((char, at) => (text[start + at] === char ? [] : [at]))
  return wrong.length === 1 && wrong[0] > 0
}

export const phraseTable = <T>(rows: readonly (readonly [phrase: string, value: T])[]): PhraseTable<T> => {
  const byFirstSound = new Map<string, Sounding<T>[]>()
  for (const [phrase, value] of rows) {
    if (phrase.length < MIN_SOUND_LENGTH) continue
    const sounds = [...phrase].map(usualSound)
    if (sounds.some((sound) => !sound)) continue
    const list = byFirstSound.get(sounds[0] as string) ?? []
    list.push({ phrase, value, sounds: sounds as string[] })
    byFirstSound.set(sounds[0] as string, list)
  }

  const find = (text: string): PhraseMatch<T>[] => {
    const found: PhraseMatch<T>[] = []
    for (const [phrase, value] of rows) {
      if (!phrase) continue
      for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
        found.push({ value, phrase, start, end: start + phrase.length, bySound: false })
      }
    }
    const sounds = Array.from({ length: text.length }, (_, at) => usualSound(text[at]))
    sounds.forEach((sound, start) => {
      for (const candidate of (sound && byFirstSound.get(sound)) || []) {
        const end = start + candidate.sounds.length
        if (end > text.length || text.slice(start, end) === candidate.phrase) continue
        if (
          candidate.sounds.every((each, at) => sounds[start + at] === each) &&
          isSlip(text, start, candidate.phrase)
        ) {
          found.push({ value: candidate.value, phrase: candidate.phrase, start, end, bySound: true })
        }
      }
    })
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
