/**
 * The search index as it ships: built at build time (scripts/gen-faq-index.ts) into a few strings,
 * so the first search on a phone reads postings instead of tokenizing the corpus. Nothing is decoded
 * up front: a token is found by binary search and its postings are decoded when a query asks for them.
 *
 * A posting is two characters of a 92-character alphabet (entry × levels + weight level, the last of
 * a list marked); identical lists are stored once. A pair's sound (a keyboard slip) is not stored: its
 * postings are summed at query time from the pairs of the corpus that can sound that way.
 *
 * Token codes and lists have no fixed width, so both are cut into chunks by a space: a token's list is found by
 * walking its own chunk (at most 31 tokens, then at most 15 lists), not by decoding the whole index first.
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
   * A space after every TOKENS_PER_CHUNK tokens.
   */
  tokens: string
  /**
   * The distinct posting lists in order of first use; a posting is two characters, the last one of a list marked.
   * A space after every LISTS_PER_CHUNK lists.
   */
  lists: string
  /** Entries in the corpus, weight levels per entry, and the weight range they span. */
  entries: number
  levels: number
  low: number
  high: number
}

/** Printable ASCII without the space, the quote and the backslash, written out (a test holds it so): nothing to build at load. */
export const ALPHABET =
  "!#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"
const NEW = '~'
const NEW_SOUNDED = '}'
const CHUNK = ' '
const TOKENS_PER_CHUNK = 32
const LISTS_PER_CHUNK = 16

const chunked = (codes: string[], size: number) =>
  Array.from({ length: Math.ceil(codes.length / size) }, (_, at) =>
    codes.slice(at * size, (at + 1) * size).join(''),
  ).join(CHUNK)
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
    tokens: chunked(tokenCodes, TOKENS_PER_CHUNK),
    lists: chunked([...listNumbers.keys()], LISTS_PER_CHUNK),
    entries: raw.entries.length,
    levels,
    low,
    high,
  }
}

const NEW_CODE = NEW.charCodeAt(0)
const NEW_SOUNDED_CODE = NEW_SOUNDED.charCodeAt(0)
/** A posting whose first character is this or above is the last of its list. */
const LAST_CODE = ALPHABET.charCodeAt(LAST / ALPHABET.length)

/** Token numbers to their lists, a chunk walked per token asked. */
const tokenLists = (packed: PackedIndex, tokenCount: number) => {
  const tokenChunks = packed.tokens.split(CHUNK)
  const listChunks = packed.lists.split(CHUNK)
  // A NEW token takes one character and any other two, so a chunk's length says how many lists it introduces.
  const newBefore: number[] = []
  let lists = 0
  tokenChunks.forEach((chunk, at) => {
    newBefore.push(lists)
    const tokens = Math.min(TOKENS_PER_CHUNK, tokenCount - at * TOKENS_PER_CHUNK)
    lists += 2 * tokens - chunk.length
  })

  /** The list's number, and whether the token is a pair looked up by sound. */
  const listOf = (token: number): { list: number; sounded: boolean } => {
    const chunk = tokenChunks[Math.floor(token / TOKENS_PER_CHUNK)]
    let news = newBefore[Math.floor(token / TOKENS_PER_CHUNK)]
    let at = 0
    for (let skip = token % TOKENS_PER_CHUNK; skip > 0; skip--) {
      const code = chunk.charCodeAt(at)
      if (code === NEW_CODE || code === NEW_SOUNDED_CODE) {
        news++
        at += 1
      } else at += 2
    }
    const code = chunk.charCodeAt(at)
    if (code === NEW_CODE || code === NEW_SOUNDED_CODE)
      return { list: news, sounded: code === NEW_SOUNDED_CODE }
    const reference = decodeWith(TOKEN_DIGITS, TOKEN_ALPHABET.length, chunk, at)
    return { list: reference >> 1, sounded: (reference & 1) === 1 }
  }

  /** The list's chunk and where in it the list starts. */
  const listAt = (list: number): { chunk: string; at: number } => {
    const chunk = listChunks[Math.floor(list / LISTS_PER_CHUNK)]
    let at = 0
    for (let skip = list % LISTS_PER_CHUNK; skip > 0; at += 2) if (chunk.charCodeAt(at) >= LAST_CODE) skip--
    return { chunk, at }
  }
  return { listOf, listAt }
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
  /**
   * The number of a group's first pair. Every group before it is its first character, its pairs' second
   * characters and a space, so that is where the group is written less two a group; found by indexOf, not by a
   * loop over every group, which the first search would wait for.
   */
  const groupStart = (group: number): number =>
    group === 0 ? 0 : packed.pairs.indexOf(` ${groups[group][0]}`) + 1 - 2 * group
  const count = groups.length === 0 ? 0 : packed.pairs.length - groups.length * 2 + 1
  const words = packed.words ? packed.words.split(' ') : []
  const step = (packed.high - packed.low) / (packed.levels - 1 || 1)
  let tokens: ReturnType<typeof tokenLists> | undefined

  /** The token's number, or -1. */
  /** The number of the group of pairs starting with this character, or -1. */
  const groupOf = (first: string): number => {
    let lo = 0
    let hi = groups.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const char = groups[mid][0]
      if (char === first) return mid
      if (char < first) lo = mid + 1
      else hi = mid - 1
    }
    return -1
  }

  const find = (token: string): number => {
    if (isHanPair(token)) {
      const group = groupOf(token[0])
      const at = group < 0 ? -1 : groups[group].indexOf(token[1], 1)
      return at < 0 ? -1 : groupStart(group) + at - 1
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
    tokens ??= tokenLists(packed, count + packed.singles.length + words.length)
    const { chunk, at: start } = tokens.listAt(tokens.listOf(number).list)
    const postings: Posting[] = []
    for (let at = start; ; at += 2) {
      const code = postingAt(chunk, at)
      const posting = code % LAST
      postings.push({
        entry: Math.floor(posting / packed.levels),
        weight: packed.low + (posting % packed.levels) * step,
      })
      if (code >= LAST) return postings
    }
  }
  const sounded = (number: number) => {
    tokens ??= tokenLists(packed, count + packed.singles.length + words.length)
    return tokens.listOf(number).sounded
  }

  /** A sound's term frequency in an entry is the sum over the corpus pairs in the words an entry is about that can sound so. */
  const soundPostings = (token: string): Posting[] | undefined => {
    const [first, second] = token.slice(SOUND.length).split(' ')
    const firsts = charsReading(first)
    const seconds = charsReading(second)
    const frequency = new Map<number, number>()
    // The groups of the characters read so (a polyphone is listed under each of its readings), each once and in the
    // index's order: the sums are added up in one order always.
    const found = [...new Set([...firsts].map(groupOf))].filter((group) => group >= 0)
    for (const at of found.sort((a, b) => a - b)) {
      const group = groups[at]
      const start = groupStart(at)
      for (let offset = 1; offset < group.length; offset++) {
        const number = start + offset - 1
        if (!seconds.includes(group[offset]) || !sounded(number)) continue
        for (const { entry, weight } of textPostings(number)) {
          frequency.set(entry, (frequency.get(entry) ?? 0) + unsaturate(weight))
        }
      }
    }
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
