/** A search on the phone that found no certain answer, reported for staff's weekly counts; who searched is not kept. */
export interface FaqMiss {
  /** The words searched, until the retention period drops them (FAQ_TEXT_RETENTION_DAYS.missedQuery). */
  q?: string
  at: string
}

export interface FaqMisses {
  add(miss: FaqMiss): Promise<void>
  /** How many were reported at or after `from` and before `to`. */
  countBetween(from: string, to: string): Promise<number>
  /** Drops the words of misses reported before `at` (the count stays); how many lost their words. */
  forgetQueriesBefore(at: string): Promise<number>
}
