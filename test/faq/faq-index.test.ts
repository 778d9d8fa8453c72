// The index ships built (shared/faq/search-index.data.ts): it must be the index of today's corpus and learned terms.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FAQ_ENTRIES } from '../../shared/faq/corpus'
import { LEARNED_TERMS } from '../../shared/faq/learned.data'
import { ALPHABET } from '../../shared/faq/packed-index'
import { createRanker, rank } from '../../shared/faq/rank'
import { searchIndexModule } from './search-index-module'
import { loadWriters } from './writers'

test('the shipped index is current: npm run gen:faq-index writes what is checked in', () => {
  const shipped = readFileSync(join(__dirname, '../../shared/faq/search-index.data.ts'), 'utf8')
  expect(shipped).toBe(searchIndexModule())
})

test('the shipped ranking scores every writer query as an index built now would', () => {
  const built = createRanker(LEARNED_TERMS)
  const queries = loadWriters().flatMap((writer) => [
    ...writer.queries.map(({ q }) => q),
    ...writer.unanswerable,
  ])
  const top = (ranking: ReturnType<typeof rank>) =>
    ranking.slice(0, 3).map((hit) => [hit.entry.id, hit.score])
  for (const q of queries) expect([q, top(rank(q))]).toEqual([q, top(built(q))])
})

test('every entry is found by its own question through the shipped index', () => {
  for (const entry of FAQ_ENTRIES)
    expect([entry.question, rank(entry.question)[0]?.entry.id]).toEqual([entry.question, entry.id])
})

test('the index alphabet is printable ASCII without the space, the quote and the backslash, each once, in order', () => {
  const printable = Array.from({ length: 94 }, (_, at) => String.fromCharCode(0x21 + at))
  expect(ALPHABET).toBe(printable.filter((char) => char !== '"' && char !== '\\').join(''))
})
