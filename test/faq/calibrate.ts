// Scores a writer's queries with one ranking, and picks the confidence threshold from held-out scores.
import { confidenceOf } from '../../shared/faq/confidence'
import type { Ranker } from '../../shared/faq/rank'
import { hasMatch } from '../../shared/faq/search'
import type { Writer } from './writers'

/** One query as a ranking saw it: whether its first hit (and first three) were right, and how sure it was. */
export interface ScoredQuery {
  /** The entry that answers it; undefined for a question the notices do not answer. */
  expect?: string
  top1: boolean
  top3: boolean
  /** The ranking showed anything at all (the old engine answered exactly then). */
  matched: boolean
  confidence: number
}

export const scoreWriter = (ranker: Ranker, writer: Writer): ScoredQuery[] => {
  const score = (q: string, expect?: string): ScoredQuery => {
    const scored = ranker(q)
    const matched = hasMatch(scored)
    const ids = matched ? scored.slice(0, 3).map((hit) => hit.entry.id) : []
    return {
      expect,
      top1: ids[0] === expect,
      top3: ids.includes(expect ?? ''),
      matched,
      confidence: confidenceOf(scored),
    }
  }
  return [
    ...writer.queries.map(({ q, entry }) => score(q, entry)),
    ...writer.unanswerable.map((q) => score(q)),
  ]
}

/** The aims: at most this share of answerable questions answered wrongly with confidence… */
export const WRONG_CONFIDENT_AIM = 0.03
/** …and at least this share of unanswerable ones honestly left unanswered. */
export const HONEST_AIM = 0.9

export interface Outcome {
  answerable: number
  unanswerable: number
  top1: number
  top3: number
  /** Answered with confidence, and right: the share of answerable questions. */
  answeredRight: number
  /** Answered with confidence, and wrong: the share of answerable questions. */
  wrongConfident: number
  /** Unanswerable questions not answered with confidence. */
  honest: number
}

/** `answers`: whether the engine presents its first hit as the answer to this query. */
export const outcomeOf = (rows: readonly ScoredQuery[], answers: (row: ScoredQuery) => boolean): Outcome => {
  const answerable = rows.filter((row) => row.expect)
  const unanswerable = rows.filter((row) => !row.expect)
  const share = (part: number, whole: number) => (whole ? part / whole : Number.NaN)
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    top1: share(answerable.filter((row) => row.top1).length, answerable.length),
    top3: share(answerable.filter((row) => row.top3).length, answerable.length),
    answeredRight: share(answerable.filter((row) => answers(row) && row.top1).length, answerable.length),
    wrongConfident: share(answerable.filter((row) => answers(row) && !row.top1).length, answerable.length),
    honest: share(unanswerable.filter((row) => !answers(row)).length, unanswerable.length),
  }
}

export const answersAbove = (threshold: number) => (row: ScoredQuery) =>
  row.matched && row.confidence >= threshold

/**
 * The lowest threshold that meets both aims on these (held-out) rows, so as many questions as
 * possible still get a certain answer; if none meets them, the one with the fewest wrong answers of
 * either kind.
 */
export const chooseThreshold = (rows: readonly ScoredQuery[]): number => {
  const candidates = [...new Set(rows.map((row) => row.confidence))].sort((a, b) => a - b)
  let fallback = { threshold: Number.POSITIVE_INFINITY, errors: Number.POSITIVE_INFINITY }
  for (const threshold of candidates) {
    const outcome = outcomeOf(rows, answersAbove(threshold))
    if (outcome.wrongConfident <= WRONG_CONFIDENT_AIM && outcome.honest >= HONEST_AIM) return threshold
    const errors = outcome.wrongConfident + (1 - outcome.honest)
    if (errors < fallback.errors) fallback = { threshold, errors }
  }
  return fallback.threshold
}
