/**
 * The search index as it ships: built at build time (scripts/gen-faq-index.ts) into a few strings,
 * so the first search on a phone reads postings instead of tokenizing the corpus. Nothing is decoded
 * up front: a token is found by binary search and its postings are decoded when a query asks for them.
 *
 * A posting is two characters of a 92-character alphabet (entry × levels + weight level, the last of
 * a list marked); identical lists are stored once. A pair's sound (a keyboard slip) is not stored: its
 * postings are summed at query time from the pairs of the corpus that can sound that way.
 */
import type { FaqEntry } from './faq.types'
import { charsReading, SOUND } from './pinyin'
import { idfOf, type Posting, type RawIndex, type SearchIndex, saturate, unsaturate } from './search-index'
import { isHanPair, isSingleHan } from './tokenize'

export interface PackedIndex {
  /** Pairs grouped by first character: each group is that character and then the second characters, sorted. */
  pairs: string
  /** Single characters, sorted. */
  singles: string
  /** Latin words, space-separated, sorted. */
  words: string
  /**
   * By token (pairs, then singles, then words), its posting list: NEW (or NEW_SOUNDED) for the next list
   * not used before, else two characters, the list's number × 2 + 1 when the pair may be looked up by sound.
   */
  tokens: string
  /** The distinct posting lists in order of first use; a posting is two characters, the last one of a list marked. */
  lists: string
  /** Entries in the corpus, weight levels per entry, and the weight range they span. */
  entries: number
  levels: number
  low: number
  high: number
}

/** Printable ASCII without the quote and the backslash. */
const ALPHABET = [...Array(94)]
  .map((_, at) => String.fromCharCode(0x21 + at))
  .filter((char) => !'"\\'.includes(char))
  .join('')
const NEW = '~'
const NEW_SOUNDED = '}'
/** Token codes leave out the two markers. */
const TOKEN_ALPHABET = ALPHABET.replace(NEW, '').replace(NEW_SOUNDED, '')

const encodeWith = (alphabet: string, code: number): string => {
  const base = alphabet.length
  if (!Number.isInteger(code) || code < 0 || code >= base * base)
    throw new Error(`index code ${code} out of range`)
  return alphabet[Math.floor(code / base)] + alphabet[code % base]
}
/** By character code, the digit a character is in an alphabet. */
const digitsOf = (alphabet: string): Int8Array => {
  const digits = new Int8Array(128)
  for (let at = 0; at < alphabet.length; at++) digits[alphabet.charCodeAt(at)] = at
  return digits
}
const DIGITS = digitsOf(ALPHABET)
const TOKEN_DIGITS = digitsOf(TOKEN_ALPHABET)

const decodeWith = (digits: Int8Array, base: number, text: string, at: number): number =>
  digits[text.charCodeAt(at)] * base + digits[text.charCodeAt(at + 1)]
const postingAt = (lists: string, at: number) => decodeWith(DIGITS, ALPHABET.length, lists, at)

/** The upper half of the posting codes marks the last posting of a list (a whole first digit, so one digit tells). */
const LAST = Math.floor(ALPHABET.length / 2) * ALPHABET.length

const round = (value: number) => Math.round(value * 1e6) / 1e6

/** Packs a built index; its weights are rounded to as many levels as the codes leave per entry. */
export const packIndex = (raw: RawIndex): PackedIndex => {
  const tokens = [...raw.postings.keys()]
  const pairs = tokens.filter(isHanPair).sort()
  const singles = tokens.filter(isSingleHan).sort()
  const words = tokens.filter((token) => !isHanPair(token) && !isSingleHan(token)).sort()
  for (const word of words) if (/\s/.test(word)) throw new Error(`token ${word} cannot be packed`)
  const weights = [...raw.postings.values()].flat().map((posting) => posting.weight)
  const low = round(Math.min(...weights))
  const high = round(Math.max(...weights))
  const levels = Math.floor(LAST / Math.max(raw.entries.length, 1))
  const level = (weight: number) => Math.round(((weight - low) / (high - low || 1)) * (levels - 1))

  const listNumbers = new Map<string, number>()
  const tokenCodes = [...pairs, ...singles, ...words].map((token) => {
    const postings = raw.postings.get(token) ?? []
    const list = postings
      .map(({ entry, weight }, at) =>
        encodeWith(ALPHABET, (at === postings.length - 1 ? LAST : 0) + entry * levels + level(weight)),
      )
      .join('')
    const sounded = raw.sounded.has(token)
    const known = listNumbers.get(list)
    if (known !== undefined) return encodeWith(TOKEN_ALPHABET, known * 2 + (sounded ? 1 : 0))
    listNumbers.set(list, listNumbers.size)
    return sounded ? NEW_SOUNDED : NEW
  })
  const groups: string[] = []
  for (const pair of pairs) {
    const last = groups.length - 1
    if (last >= 0 && groups[last][0] === pair[0]) groups[last] += pair[1]
    else groups.push(pair)
  }
  return {
    pairs: groups.join(' '),
    singles: singles.join(''),
    words: words.join(' '),
    tokens: tokenCodes.join(''),
    lists: [...listNumbers.keys()].join(''),
    entries: raw.entries.length,
    levels,
    low,
    high,
  }
}

/** Where each token's list starts in `lists`, and whether the token is a pair looked up by sound. */
const decodeTokens = (packed: PackedIndex) => {
  const listStarts: number[] = [0]
  const lastDigit = LAST / ALPHABET.length
  for (let at = 0; at + 2 < packed.lists.length; at += 2) {
    if (DIGITS[packed.lists.charCodeAt(at)] >= lastDigit) listStarts.push(at + 2)
  }
  const listOf = new Int32Array(packed.tokens.length)
  const sounded = new Uint8Array(packed.tokens.length)
  let next = 0
  let token = 0
  for (let at = 0; at < packed.tokens.length; token++) {
    const char = packed.tokens[at]
    if (char === NEW || char === NEW_SOUNDED) {
      listOf[token] = listStarts[next++]
      sounded[token] = char === NEW_SOUNDED ? 1 : 0
      at += 1
    } else {
      const code = decodeWith(TOKEN_DIGITS, TOKEN_ALPHABET.length, packed.tokens, at)
      listOf[token] = listStarts[code >> 1]
      sounded[token] = code & 1
      at += 2
    }
  }
  return { listOf, sounded }
}

/** The search index over `entries`, which must be the corpus the index was packed from, in its order. */
export const readPackedIndex = (
  packed: PackedIndex,
  entries: readonly FaqEntry[],
  intents: SearchIndex['intents'],
): SearchIndex => {
  if (packed.entries !== entries.length)
    throw new Error('the FAQ index is not of this corpus: npm run gen:faq-index')
  const groups = packed.pairs ? packed.pairs.split(' ') : []
  const groupStarts: number[] = []
  let count = 0
  for (const group of groups) {
    groupStarts.push(count)
    count += group.length - 1
  }
  const words = packed.words ? packed.words.split(' ') : []
  const step = (packed.high - packed.low) / (packed.levels - 1 || 1)
  let tokens: ReturnType<typeof decodeTokens> | undefined

  /** The token's number, or -1. */
  const find = (token: string): number => {
    if (isHanPair(token)) {
      let lo = 0
      let hi = groups.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const first = groups[mid][0]
        if (first === token[0]) {
          const at = groups[mid].indexOf(token[1], 1)
          return at < 0 ? -1 : groupStarts[mid] + at - 1
        }
        if (first < token[0]) lo = mid + 1
        else hi = mid - 1
      }
      return -1
    }
    if (isSingleHan(token)) {
      const at = packed.singles.indexOf(token)
      return at < 0 ? -1 : count + at
    }
    const at = words.indexOf(token)
    return at < 0 ? -1 : count + packed.singles.length + at
  }

  const decoded = new Map<string, Posting[] | undefined>()
  const textPostings = (number: number): Posting[] => {
    tokens ??= decodeTokens(packed)
    const postings: Posting[] = []
    for (let at = tokens.listOf[number]; ; at += 2) {
      const code = postingAt(packed.lists, at)
      const posting = code % LAST
      postings.push({
        entry: Math.floor(posting / packed.levels),
        weight: packed.low + (posting % packed.levels) * step,
      })
      if (code >= LAST) return postings
    }
  }
  const sounded = (number: number) => {
    tokens ??= decodeTokens(packed)
    return tokens.sounded[number] === 1
  }

  /** A sound's term frequency in an entry is the sum over the corpus pairs in the words an entry is about that can sound so. */
  const soundPostings = (token: string): Posting[] | undefined => {
    const [first, second] = token.slice(SOUND.length).split(' ')
    const firsts = charsReading(first)
    const seconds = charsReading(second)
    const frequency = new Map<number, number>()
    groups.forEach((group, at) => {
      if (!firsts.includes(group[0])) return
      for (let offset = 1; offset < group.length; offset++) {
        const number = groupStarts[at] + offset - 1
        if (!sounded(number) || !seconds.includes(group[offset])) continue
        for (const { entry, weight } of textPostings(number)) {
          frequency.set(entry, (frequency.get(entry) ?? 0) + unsaturate(weight))
        }
      }
    })
    if (frequency.size === 0) return undefined
    return [...frequency].sort(([a], [b]) => a - b).map(([entry, tf]) => ({ entry, weight: saturate(tf) }))
  }

  const postings = (token: string): Posting[] | undefined => {
    if (decoded.has(token)) return decoded.get(token)
    let list: Posting[] | undefined
    if (token.startsWith(SOUND)) list = soundPostings(token)
    else {
      const number = find(token)
      list = number < 0 ? undefined : textPostings(number)
    }
    decoded.set(token, list)
    return list
  }

  return {
    entries,
    postings,
    idf: (token) => {
      const list = postings(token)
      return list ? idfOf(entries.length, list.length) : undefined
    },
    maxIdf: idfOf(entries.length, 0),
    intents,
  }
}
