// The first search reads the synonym table and the lexicon as written, without normalize() or compact() over
// them. These tests hold the tables to that: a word written otherwise would silently never match.

import { FAQ_ENTRIES } from '../../shared/faq'
import { INTENTS } from '../../shared/faq/intents'
import { normalize } from '../../shared/faq/normalize'
import { lexiconText } from '../../shared/faq/rank'
import { SYNONYMS } from '../../shared/faq/synonyms'
import { compact } from '../../shared/faq/tokenize'
import { wordsStartingWith } from '../../shared/faq/written-words'

const HAN_WORD = /^[\u3400-\u9fff]{2,}$/

test('every synonym line is `corpus words = typed words`, one space between words', () => {
  const malformed = SYNONYMS.filter((line) => {
    const [corpus, typed, extra] = line.split(' = ')
    const wordsOf = (side: string | undefined) => side?.split(' ') ?? []
    return (
      extra !== undefined ||
      !corpus ||
      [...wordsOf(corpus), ...(typed === undefined ? [] : wordsOf(typed))].some(
        (word) => !word || /\s|=/.test(word),
      )
    )
  })
  expect(malformed).toEqual([])
})

test('every synonym word is written as a query is matched: normalized and compact', () => {
  const words = SYNONYMS.flatMap((line) => line.split(' = ').flatMap((side) => side.split(' ')))
  expect(words.length).toBeGreaterThan(500)
  expect(words.filter((word) => compact(normalize(word)) !== word)).toEqual([])
})

test('every Han word of the lexicon is written normalized (simplified characters)', () => {
  const hanWords = lexiconText()
    .split(/\n| /)
    .filter((word) => HAN_WORD.test(word))
  expect(hanWords.length).toBeGreaterThan(1000)
  expect(hanWords.filter((word) => normalize(word) !== word)).toEqual([])
})

test('every intent phrase is one word, written as a query is matched', () => {
  const phrases = INTENTS.flatMap((intent) => intent.says)
  expect(phrases.filter((phrase) => !phrase || compact(normalize(phrase)) !== phrase)).toEqual([])
})

test('the words that show an entry answers an intent are Han, and questions are written in simplified characters', () => {
  expect(INTENTS.flatMap((intent) => intent.asks).filter((word) => !/^[\u3400-\u9fff]+$/.test(word))).toEqual(
    [],
  )
  const hanOf = (text: string) => text.replace(/[^\u3400-\u9fff\uf900-\ufaff]/g, '')
  const traditional = FAQ_ENTRIES.filter(
    (entry) => hanOf(normalize(entry.question)) !== hanOf(entry.question),
  )
  expect(traditional.map((entry) => entry.question)).toEqual([])
})

test('a traditional character in a synonym word would be caught', () => {
  expect(normalize('報賬')).not.toBe('報賬')
  expect(compact(normalize('手工 报销'))).not.toBe('手工 报销')
})

test('a written table gives the words that start with a character, whole and in the order written', () => {
  const text = '\n急诊 备案 = 急救\n急 没备案\n'
  expect(wordsStartingWith(text, '急')).toEqual([
    { word: '急诊', at: 1 },
    { word: '急救', at: 9 },
    { word: '急', at: 12 },
  ])
  expect(wordsStartingWith(text, '备')).toEqual([{ word: '备案', at: 4 }])
  expect(wordsStartingWith(text, '案')).toEqual([])
})
