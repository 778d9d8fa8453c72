// The learned terms: their encoding, that the leave-one-writer-out figures never see the writer
// scored, and that the shipped data is what the fitting script writes.
import { learnedTokens } from '../../shared/faq/learned'
import { LEARNED_FROM, LEARNED_TERMS, MIN_CONFIDENCE } from '../../shared/faq/learned.data'
import { normalize } from '../../shared/faq/normalize'
import {
  answersAbove,
  chooseThreshold,
  HONEST_AIM,
  outcomeOf,
  type ScoredQuery,
  WRONG_CONFIDENT_AIM,
} from './calibrate'
import { encodeTokens, fitLearnedTerms } from './fit-terms'
import { loadWriters } from './writers'

const writers = loadWriters()
const sorted = (tokens: string[]) => [...tokens].sort()

describe('the encoding of learned terms', () => {
  test.each([
    [
      new Map([
        ['退掉', 1],
        ['掉备', 1],
        ['备案', 1],
      ]),
    ],
    [
      new Map([
        ['退掉', 3],
        ['掉备', 1],
        ['备案', 2],
        ['app', 2],
        ['12393', 1],
      ]),
    ],
    [
      new Map([
        ['ab', 1],
        ['备备', 2],
        ['案备', 1],
        ['备案', 1],
      ]),
    ],
  ])('decodes to the tokens and counts encoded: %j', (counted) => {
    const expected = [...counted].flatMap(([token, count]) => Array<string>(count).fill(token))
    expect(sorted(learnedTokens(encodeTokens(counted)))).toEqual(sorted(expected))
  })

  test('chains neighbouring pairs, so the text is shorter than the pairs', () => {
    expect(
      encodeTokens(
        new Map([
          ['退掉', 1],
          ['掉备', 1],
          ['备案', 1],
        ]),
      ),
    ).toBe('退掉备案')
  })
})

describe('fitting', () => {
  test('what one writer alone wrote is not learned when that writer is left out', () => {
    const [held, ...others] = writers
    const tokensOf = (terms: Record<string, string>) => new Set(Object.values(terms).flatMap(learnedTokens))
    const withHeld = tokensOf(fitLearnedTerms(writers.flatMap((w) => w.queries)))
    const withoutHeld = tokensOf(fitLearnedTerms(others.flatMap((w) => w.queries)))
    const heldOnly = [...withHeld].filter((token) => !withoutHeld.has(token))
    expect(heldOnly.length).toBeGreaterThan(0)
    // Pairs span spaces and punctuation inside Chinese text, as the tokenizer reads it.
    const heldText = held.queries
      .map(({ q }) => normalize(q).replace(/[^\p{Script=Han}a-z0-9]/gu, ''))
      .join('|')
    for (const token of heldOnly) expect(heldText).toContain(token)
  })

  test('the shipped terms are the fit of every writer (npm run fit:faq was run)', () => {
    expect(LEARNED_FROM.writers).toEqual(writers.map((writer) => writer.writer))
    expect(LEARNED_TERMS).toEqual(fitLearnedTerms(writers.flatMap((w) => w.queries)))
    expect(MIN_CONFIDENCE).toBeGreaterThan(0)
  })
})

describe('choosing the confidence threshold', () => {
  const row = (confidence: number, expect: string | undefined, top1: boolean): ScoredQuery => ({
    expect,
    top1,
    top3: top1,
    matched: true,
    confidence,
  })
  const rows = [
    ...Array.from({ length: 60 }, (_, at) => row(0.5 + at / 100, 'a', true)),
    ...Array.from({ length: 20 }, (_, at) => row(0.1 + at / 100, 'a', false)),
    ...Array.from({ length: 10 }, (_, at) => row(0.2 + at / 100, undefined, false)),
  ]

  test('the lowest threshold that meets both aims on the rows given', () => {
    const threshold = chooseThreshold(rows)
    const outcome = outcomeOf(rows, answersAbove(threshold))
    expect(outcome.wrongConfident).toBeLessThanOrEqual(WRONG_CONFIDENT_AIM)
    expect(outcome.honest).toBeGreaterThanOrEqual(HONEST_AIM)
    const lower = Math.max(...rows.map((r) => r.confidence).filter((c) => c < threshold))
    const below = outcomeOf(rows, answersAbove(lower))
    expect(below.wrongConfident > WRONG_CONFIDENT_AIM || below.honest < HONEST_AIM).toBe(true)
  })
})
