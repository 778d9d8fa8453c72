/**
 * Chinese has no spaces between words, so text is indexed as overlapping character pairs
 * (bigrams) plus single characters, and ASCII runs (12393, app) as words. Spaces and
 * punctuation inside Chinese text are ignored: “住 院” and “住院” give the same pairs.
 * Particles and question frames do split: nothing is learnt from the pair across them.
 */
import { type Lexicon, wordBoundaries } from './lexicon'

const isHan = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
const isWordChar = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)

/** Sentence particles end a phrase: no pair spans them (“备案了还是” has no 案了). */
const PARTICLES = new Set('的了吗呢吧啊呀哦嘛呗啥咋'.split(''))
/** Question frames split too, so “电费怎么交” does not share 么交 with “材料怎么交”. */
const FRAMES = new RegExp(
  [
    '是不是 能不能 可不可以 要不要 有没有 会不会 行不行 怎么 什么 如何 怎样 哪些 哪里 哪儿 哪个',
    '请问 一下 可以 需要 我们 你们 这个 那个 时候 还是',
  ]
    .join(' ')
    .split(' ')
    .join('|'),
  'g',
)
/** Pronouns and function characters: as single characters they say nothing about the topic. */
const STOP_CHARS = new Set('么我你他她它俺咱是在这那个和与及或等也都就还把被给'.split(''))
/** Low-content pairs left after the frames are cut out. */
const STOP_PAIRS = new Set('能办 能不 行不 不行 要不 会不 有没 没有 想问 问下 能否 是否 是不 不是'.split(' '))

/** Joins texts that must not share a pair (keywords); frames and particles become this too. */
export const SPLIT = '\u0001'

export interface Segments {
  /** Runs of Han characters, separators inside a run dropped. */
  han: string[]
  /** ASCII letters and digits, lower-cased by normalize(). */
  words: string[]
}

const SPELLED = '\\u3400-\\u9fff\\uf900-\\ufaff0-9a-z'
const NOT_SPELLED = new RegExp(`[^${SPELLED}]`, 'gu')

/** Han characters and ASCII words only, particles kept: the text synonyms are matched in. */
export const compact = (normalized: string): string => normalized.replace(NOT_SPELLED, '|')

/** Expects normalize()d text. */
export const segment = (text: string): Segments => {
  const han: string[] = []
  const words: string[] = []
  let run = ''
  let word = ''
  for (const char of text.replace(FRAMES, SPLIT)) {
    const code = char.charCodeAt(0)
    if (char === SPLIT || PARTICLES.has(char)) {
      if (run) han.push(run)
      if (word) words.push(word)
      run = ''
      word = ''
    } else if (isHan(code)) {
      if (word) words.push(word)
      word = ''
      run += char
    } else if (isWordChar(code)) {
      if (run) han.push(run)
      run = ''
      word += char
    } else if (word) {
      words.push(word)
      word = ''
    }
  }
  if (run) han.push(run)
  if (word) words.push(word)
  return { han, words }
}

/** The pairs of a run; with a lexicon, not the pairs that straddle two known words (外地|能|刷卡: 地能, 能刷). */
export const pairsOf = (run: string, lexicon?: Lexicon): string[] => {
  const cuts = lexicon ? wordBoundaries(run, lexicon) : undefined
  const pairs: string[] = []
  for (let at = 0; at + 1 < run.length; at++) {
    const pair = run.slice(at, at + 2)
    if (!STOP_PAIRS.has(pair) && !cuts?.has(at)) pairs.push(pair)
  }
  return pairs
}

export const charsOf = (run: string): string[] => {
  const chars: string[] = []
  for (const char of run) if (!STOP_CHARS.has(char)) chars.push(char)
  return chars
}

/**
 * Every token of a text, repeated as often as it occurs (for term frequencies). Single characters
 * only where asked: they serve one-character queries and typos, which long texts do not need.
 */
export const tokensOf = (text: string, lexicon?: Lexicon, chars = true): string[] => {
  const { han, words } = segment(text)
  const tokens: string[] = []
  for (const run of han) {
    tokens.push(...pairsOf(run, lexicon))
    if (chars) tokens.push(...charsOf(run))
  }
  tokens.push(...words)
  return tokens
}

/** Single Han characters are the weak tokens: they help ranking but never make a match alone. */
export const isSingleHan = (token: string): boolean => token.length === 1 && isHan(token.charCodeAt(0))

export const isHanPair = (token: string): boolean =>
  token.length === 2 && isHan(token.charCodeAt(0)) && isHan(token.charCodeAt(1))
