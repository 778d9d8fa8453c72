// Every labelled query set, by how it was written. All but the sealed one have been tuned on.
import { AUTHOR_DEV } from './author-dev'
import { BLIND_DEV } from './blind-dev'
import { BLIND_HOLDOUT } from './blind-holdout'
import { fromPairs, type LabelledQuery } from './measure-accuracy'
import { FAQ_EVAL } from './queries'
import { SEALED_2026 } from './sealed-2026'
import { FAQ_UNSEEN } from './unseen'

export const TUNED_SETS: Record<string, readonly LabelledQuery[]> = {
  'evaluation set': fromPairs(FAQ_EVAL),
  'unseen queries': fromPairs(FAQ_UNSEEN),
  'blind dev set': BLIND_DEV,
  'blind holdout': BLIND_HOLDOUT,
  'author dev set': AUTHOR_DEV,
}

/** Written blind for issue 9 before the engine changed; measured, never looked into while tuning. */
export const SEALED_SET: readonly LabelledQuery[] = SEALED_2026

/**
 * Measured twice, never tuned on: before issue 9's changes top-1 82.5 %, top-3 90.2 %, mixed second
 * answers in top 3 87.5 %; after them 93.3 %, 98.7 %, 87.5 %. Gated 2 points under the after-figures.
 * Now that it gates it is spent like the others: a next tuning round needs a fresh blind set.
 */
export const SEALED_GATE = { top1: 0.912, top3: 0.966, alsoTop3: 0.855 } as const

/**
 * The floors each tuned set is held to (bench:faq and faq-accuracy.test.ts): the figures measured
 * before issue 9 changed the engine (rounded down), so a later change cannot give back what was there.
 * The author's set is held 2 points under its figure after issue 9 (89.1 / 97.0).
 */
export const GATES: Record<string, { top1: number; top3: number }> = {
  // Top-3 from 100 % to 98.5 %: the terms learned from the blind writers (issue 20) push 3 of these
  // 274 queries to fourth place while they raise the held-out writers' top-1 by 8 points.
  'evaluation set': { top1: 0.945, top3: 0.985 },
  'unseen queries': { top1: 0.706, top3: 0.931 },
  'blind dev set': { top1: 0.964, top3: 1 },
  'blind holdout': { top1: 0.913, top3: 0.982 },
  'author dev set': { top1: 0.871, top3: 0.95 },
}
