// The clause texts the FAQ's 来源 lines open (shared/policy/clause-texts.data.ts) are today's, and each one is
// word for word the clause of the published notice (docs/notices/), for every source any FAQ answer shows.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { clauseTextOf } from '@shared/policy/clause-text'
import { CLAUSE_TEXTS } from '@shared/policy/clause-texts.data'
import { documentKeyOf, sourceLabel } from '@shared/policy/sources'
import { clauseTextsModule, faqSources } from './clause-texts-module'
import { clauseWords, HELD_TEXTS, normalize } from './notice-texts'

test('the shipped clause texts are current: npm run gen:clause-texts writes what is checked in', () => {
  const shipped = readFileSync(join(__dirname, '../../shared/policy/clause-texts.data.ts'), 'utf8')
  expect(shipped).toBe(clauseTextsModule())
})

const held = faqSources().flatMap((from) => {
  const key = HELD_TEXTS.find((each) => each === documentKeyOf(from))
  return key ? [{ from, key }] : []
})

test.each(held.map(({ from, key }) => [sourceLabel(from), from, key] as const))(
  '%s opens the words of that clause as the notice publishes them',
  (_, from, key) => {
    const text = clauseTextOf(from)
    expect(text).toBeTruthy()
    // Rules drawn with dashes (---) are layout, not words.
    expect(normalize(text as string)).toBe(clauseWords(key, from.clause).replace(/\n|-{2,}/g, ''))
  },
)

test('no clause text ships that no FAQ answer cites', () => {
  const cited = new Set(held.map(({ from, key }) => `${key} ${from.clause}`))
  expect(Object.keys(CLAUSE_TEXTS).filter((key) => !cited.has(key))).toEqual([])
})

test('a source whose notice the app does not hold, an example or a service rule opens nothing', () => {
  const others = faqSources().filter((from) => !HELD_TEXTS.some((key) => key === documentKeyOf(from)))
  expect(others.length).toBeGreaterThan(0)
  for (const from of others) expect(clauseTextOf(from)).toBeUndefined()
})
