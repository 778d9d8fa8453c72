import { FAQ_ENTRIES, searchFaq } from '../../shared/faq'
import { BLIND_DEV } from './blind-dev'
import { BLIND_HOLDOUT } from './blind-holdout'
import { FAQ_EVAL } from './queries'
import { FAQ_UNSEEN } from './unseen'

const accuracy = (set: readonly (readonly [string, string])[]) => {
  let top1 = 0
  let top3 = 0
  const misses: string[] = []
  for (const [query, expected] of set) {
    const ids = searchFaq(query, { limit: 3 }).map((hit) => hit.id)
    if (ids[0] === expected) top1++
    else misses.push(`${query} → ${expected}, got ${ids.join(', ') || 'nothing'}`)
    if (ids.includes(expected)) top3++
  }
  return { top1: top1 / set.length, top3: top3 / set.length, misses }
}

/** The blind development set, as [query, expected] pairs. */
const blindDev = BLIND_DEV.map(({ q, expect: id }) => [q, id] as const)

describe('evaluation set', () => {
  test('at least 120 colloquial queries, each naming an entry that exists', () => {
    expect(FAQ_EVAL.length).toBeGreaterThanOrEqual(120)
    const ids = new Set(FAQ_ENTRIES.map((entry) => entry.id))
    expect([...FAQ_EVAL, ...FAQ_UNSEEN, ...blindDev].filter(([, id]) => !ids.has(id))).toEqual([])
  })

  test('every entry is asked for by at least one query', () => {
    const asked = new Set(FAQ_EVAL.map(([, id]) => id))
    expect(FAQ_ENTRIES.filter((entry) => !asked.has(entry.id)).map((entry) => entry.id)).toEqual([])
  })
})

describe('accuracy', () => {
  test('the right answer comes first for ≥ 90 % of the evaluation set and in the top 3 for ≥ 97 %', () => {
    const { top1, top3, misses } = accuracy(FAQ_EVAL)
    console.log(
      `FAQ_EVAL (${FAQ_EVAL.length}): top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %`,
    )
    if (top1 < 0.9) console.log(misses.join('\n'))
    expect(top1).toBeGreaterThanOrEqual(0.9)
    expect(top3).toBeGreaterThanOrEqual(0.97)
  })

  test('queries written after tuning do not collapse (top-1 ≥ 60 %, top-3 ≥ 85 %)', () => {
    const { top1, top3 } = accuracy(FAQ_UNSEEN)
    console.log(
      `FAQ_UNSEEN (${FAQ_UNSEEN.length}): top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %`,
    )
    expect(top1).toBeGreaterThanOrEqual(0.6)
    expect(top3).toBeGreaterThanOrEqual(0.85)
  })

  test('queries written blind by someone else: top-1 ≥ 90 %, top-3 ≥ 97 %', () => {
    const { top1, top3, misses } = accuracy(blindDev)
    console.log(
      `BLIND_DEV (${blindDev.length}): top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %`,
    )
    if (top1 < 0.9) console.log(misses.join('\n'))
    expect(top1).toBeGreaterThanOrEqual(0.9)
    expect(top3).toBeGreaterThanOrEqual(0.97)
  })

  /**
   * Written blind alongside BLIND_DEV and kept sealed while the engine was tuned on BLIND_DEV: measured once
   * afterwards (92.2 % / 98.3 %). Now that it gates, it is no longer a holdout; a future tuning round needs a
   * fresh one.
   */
  test('the blind holdout set: top-1 ≥ 90 %, top-3 ≥ 97 %', () => {
    const { top1, top3, misses } = accuracy(BLIND_HOLDOUT.map(({ q, expect: id }) => [q, id] as const))
    console.log(
      `BLIND_HOLDOUT (${BLIND_HOLDOUT.length}): top-1 ${(top1 * 100).toFixed(1)} %, top-3 ${(top3 * 100).toFixed(1)} %`,
    )
    if (top1 < 0.9) console.log(misses.join('\n'))
    expect(top1).toBeGreaterThanOrEqual(0.9)
    expect(top3).toBeGreaterThanOrEqual(0.97)
  })

  test('every entry comes first when asked with its own question', () => {
    const wrong = FAQ_ENTRIES.filter((entry) => searchFaq(entry.question)[0]?.id !== entry.id)
    expect(wrong.map((entry) => entry.id)).toEqual([])
  })
})
