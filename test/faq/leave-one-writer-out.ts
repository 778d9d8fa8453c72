// Leave one writer out: for each writer, learn terms from the others and judge the held-out writer.
// The confidence threshold used on a held-out writer is itself chosen on held-out scores of the other
// writers only (each scored by terms fitted without it and without the writer under test).
import { MIN_CONFIDENCE } from '../../shared/faq/learned.data'
import { createRanker, rank } from '../../shared/faq/rank'
import {
  answersAbove,
  chooseThreshold,
  type Outcome,
  outcomeOf,
  type ScoredQuery,
  scoreWriter,
} from './calibrate'
import { fitLearnedTerms } from './fit-terms'
import type { Writer } from './writers'

const paraphrasesOf = (writers: readonly Writer[]) => writers.flatMap((writer) => writer.queries)

const without = (writers: readonly Writer[], ...left: Writer[]) =>
  writers.filter((writer) => !left.includes(writer))

/** Each writer scored by terms fitted on all the others given. */
export const heldOutScores = (writers: readonly Writer[]): ScoredQuery[] =>
  writers.flatMap((held) =>
    scoreWriter(createRanker(fitLearnedTerms(paraphrasesOf(without(writers, held)))), held),
  )

export interface WriterOutcome extends Outcome {
  writer: string
  threshold: number
}

export const leaveOneWriterOut = (writers: readonly Writer[]): WriterOutcome[] =>
  writers.map((held) => {
    const others = without(writers, held)
    const threshold = chooseThreshold(heldOutScores(others))
    const rows = scoreWriter(createRanker(fitLearnedTerms(paraphrasesOf(others))), held)
    return { writer: held.writer, threshold, ...outcomeOf(rows, answersAbove(threshold)) }
  })

/** Fitted on every writer and judged on the same writers with the shipped threshold: in-sample. */
export const inSample = (writers: readonly Writer[], threshold: number): WriterOutcome[] => {
  const ranker = createRanker(fitLearnedTerms(paraphrasesOf(writers)))
  return writers.map((writer) => ({
    writer: writer.writer,
    threshold,
    ...outcomeOf(scoreWriter(ranker, writer), answersAbove(threshold)),
  }))
}

/** The engine without learned terms, answering whenever it shows anything (as it did before). */
export const baseline = (writers: readonly Writer[]): WriterOutcome[] => {
  const ranker = createRanker({})
  return writers.map((writer) => ({
    writer: writer.writer,
    threshold: 0,
    ...outcomeOf(scoreWriter(ranker, writer), (row) => row.matched),
  }))
}

/** The shipped engine (terms and threshold as released) on writers it was never fitted on. */
export const shipped = (writers: readonly Writer[]): WriterOutcome[] =>
  writers.map((writer) => ({
    writer: writer.writer,
    threshold: MIN_CONFIDENCE,
    ...outcomeOf(scoreWriter(rank, writer), answersAbove(MIN_CONFIDENCE)),
  }))
