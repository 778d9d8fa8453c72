import { FAQ_ENTRIES, searchFaq } from '../../shared/faq'
import { describeAccuracy, measureAccuracy } from './measure-accuracy'
import { FAQ_EVAL } from './queries'
import { GATES, SEALED_SET, TUNED_SETS } from './query-sets'

describe('evaluation set', () => {
  test('at least 120 colloquial queries, each naming an entry that exists', () => {
    expect(FAQ_EVAL.length).toBeGreaterThanOrEqual(120)
    const ids = new Set(FAQ_ENTRIES.map((entry) => entry.id))
    const named = Object.values(TUNED_SETS).flatMap((set) => set.map(({ expect: id }) => id))
    expect(named.filter((id) => !ids.has(id))).toEqual([])
  })

  test('every entry is asked for by at least one query of the tuned sets', () => {
    const asked = new Set(Object.values(TUNED_SETS).flatMap((set) => set.map(({ expect: id }) => id)))
    expect(FAQ_ENTRIES.filter((entry) => !asked.has(entry.id)).map((entry) => entry.id)).toEqual([])
  })
})

describe('accuracy on the sets tuned on', () => {
  test.each(Object.entries(TUNED_SETS))('%s keeps its floor', (name, set) => {
    const result = measureAccuracy(set)
    const gate = GATES[name]
    console.log(describeAccuracy(name, result))
    if (result.top1 < gate.top1) console.log(result.misses.join('\n'))
    expect(result.top1).toBeGreaterThanOrEqual(gate.top1)
    expect(result.top3).toBeGreaterThanOrEqual(gate.top3)
  })

  test('every entry comes first when asked with its own question', () => {
    const wrong = FAQ_ENTRIES.filter((entry) => searchFaq(entry.question)[0]?.id !== entry.id)
    expect(wrong.map((entry) => entry.id)).toEqual([])
  })
})

/** Blind: only the aggregate figures are printed, never a query or a miss, so nobody tunes on it. */
describe('the sealed 2026 set', () => {
  test('at least 150 queries, measured in aggregate', () => {
    const result = measureAccuracy(SEALED_SET)
    console.log(describeAccuracy('SEALED 2026', result))
    expect(result.size).toBeGreaterThanOrEqual(150)
  })
})
