/** The look-ups of the 医保信息平台 each caller made: the rate limit that keeps `filing.lookup` from being an oracle. */
export interface LookUpLog {
  /**
   * Records one look-up by `caller` at `at` and answers how many they made at or after `since`, this one
   * included (recording first, so callers sending many at once cannot all pass). Older entries may be dropped.
   */
  record(caller: string, at: string, since: string): Promise<number>
}
