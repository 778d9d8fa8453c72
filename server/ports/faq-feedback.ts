export interface FaqFeedbackEntry {
  id: string
  helpful: boolean
  q?: string
  caller: string
  at: string
}

export interface FaqFeedback {
  add(entry: FaqFeedbackEntry): Promise<void>
  /** Drops the search text of votes cast before `at` (the vote stays); how many lost their text. */
  forgetQueriesBefore(at: string): Promise<number>
  /** Votes marking an answer unhelpful cast at or after `from` and before `to`. */
  countUnhelpfulBetween(from: string, to: string): Promise<number>
}
