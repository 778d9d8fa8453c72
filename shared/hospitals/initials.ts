import { PINYIN_SYLLABLES } from '../faq/pinyin.data'

let initials: Map<string, string> | undefined

/** 赣州市人民医院 → gzsrmyy: the letters people type to find a name on a phone keyboard. */
export const pinyinInitials = (text: string): string => {
  if (!initials) {
    initials = new Map()
    for (const line of PINYIN_SYLLABLES) {
      const [syllable, chars] = line.split(' ')
      for (const char of chars.split('|')[0]) if (!initials.has(char)) initials.set(char, syllable[0])
    }
  }
  return Array.from(
    text,
    (char) => initials!.get(char) ?? (/[A-Za-z0-9]/.test(char) ? char.toLowerCase() : ''),
  ).join('')
}
