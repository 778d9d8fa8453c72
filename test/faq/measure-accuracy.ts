// How often the right entry comes first, and within the first three, for a query set. The bench and
// the accuracy test both read these figures, so they cannot drift apart.
import { searchFaq } from '../../shared/faq'

/** One query and the entry that answers it; `also` is the second answer a mixed question needs. */
export interface LabelledQuery {
  q: string
  expect: string
  also?: string
}

export interface Accuracy {
  size: number
  top1: number
  top3: number
  /** Among queries with `also`: how often it is within the first three (NaN when none has one). */
  alsoTop3: number
  withAlso: number
  /** `query → expected, got …`, for sets that may be looked at (never the sealed one). */
  misses: string[]
}

export const fromPairs = (pairs: readonly (readonly [string, string])[]): LabelledQuery[] =>
  pairs.map(([q, expect]) => ({ q, expect }))

/** The ids an engine shows first for a query, best first. */
export type SearchIds = (q: string) => string[]

const shippedSearch: SearchIds = (q) => searchFaq(q, { limit: 3 }).map((hit) => hit.id)

export const measureAccuracy = (
  set: readonly LabelledQuery[],
  search: SearchIds = shippedSearch,
): Accuracy => {
  let top1 = 0
  let top3 = 0
  let alsoFound = 0
  let withAlso = 0
  const misses: string[] = []
  for (const { q, expect, also } of set) {
    const ids = search(q).slice(0, 3)
    if (ids[0] === expect) top1++
    else misses.push(`${q} → ${expect}, got ${ids.join(', ') || 'nothing'}`)
    if (ids.includes(expect)) top3++
    if (also) {
      withAlso++
      if (ids.includes(also)) alsoFound++
    }
  }
  const size = set.length || 1
  return {
    size: set.length,
    top1: top1 / size,
    top3: top3 / size,
    alsoTop3: alsoFound / withAlso,
    withAlso,
    misses,
  }
}

const pct = (share: number) => `${(share * 100).toFixed(1)} %`

/** One line of figures, the same in the bench and the test output. */
export const describeAccuracy = (name: string, { size, top1, top3, alsoTop3, withAlso }: Accuracy) =>
  `${name.padEnd(16)} ${String(size).padStart(3)} queries: top-1 ${pct(top1)}, top-3 ${pct(top3)}` +
  (withAlso ? `; second answer of ${withAlso} mixed questions in top-3 ${pct(alsoTop3)}` : '')
