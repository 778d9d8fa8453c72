/**
 * How sure the ranking is that its first hit answers the question: how much of what was typed the
 * first hit explains (coverage, squared: a half-understood question is far less sure than half) times
 * how far it stands above the next one. An unanswerable question
 * shares words with many entries, so either its coverage is low or several entries tie. The threshold
 * below which the page says it found no certain answer is chosen on held-out writers (learned.data.ts).
 */
import type { Scored } from './rank'

export const confidenceOf = (scored: readonly Scored[]): number => {
  const [best, next] = scored
  if (!best || best.score <= 0) return 0
  const margin = 1 - Math.min(1, (next?.score ?? 0) / best.score)
  return best.coverage ** 2 * margin
}
