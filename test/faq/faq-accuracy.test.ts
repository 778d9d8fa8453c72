import { FAQ_ENTRIES, searchFaq } from '../../shared/faq'
import { describeAccuracy, measureAccuracy } from './measure-accuracy'
import { FAQ_EVAL } from './queries'
import { GATES, SEALED_GATE, SEALED_SET, TUNED_SETS } from './query-sets'

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

/** Blind: only the aggregate figures are printed, never a query or a miss. */
describe('the sealed 2026 set', () => {
  test('at least 150 queries, each naming entries that exist', () => {
    expect(SEALED_SET.length).toBeGreaterThanOrEqual(150)
    const ids = new Set(FAQ_ENTRIES.map((entry) => entry.id))
    const named = SEALED_SET.flatMap(({ expect: id, also }) => (also ? [id, also] : [id]))
    expect(named.filter((id) => !ids.has(id))).toEqual([])
  })

  test('keeps top-1 ≥ 91.2 %, top-3 ≥ 96.6 %, a mixed question’s second answer in the top 3 ≥ 85.5 %', () => {
    const result = measureAccuracy(SEALED_SET)
    console.log(describeAccuracy('SEALED 2026', result))
    expect(result.top1).toBeGreaterThanOrEqual(SEALED_GATE.top1)
    expect(result.top3).toBeGreaterThanOrEqual(SEALED_GATE.top3)
    expect(result.alsoTop3).toBeGreaterThanOrEqual(SEALED_GATE.alsoTop3)
  })
})
