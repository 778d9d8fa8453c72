import { ok, type Result } from '@shared/result'
import { addDays, type IsoDate, startOfShanghaiDay } from '@shared/time/calendar'
import type { Call } from '../call'

const DEFAULT_WEEKS = 8

/** The Monday of the Shanghai week a day falls in. */
const mondayOf = (date: IsoDate): IsoDate => {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return addDays(date, -((weekday + 6) % 7))
}

export interface FaqWeek {
  weekStart: IsoDate
  /** Searches the phone found no certain answer for. */
  misses: number
  /** Answers marked 没帮助. */
  unhelpful: number
}

/** This week and the ones before it, newest first: what the FAQ did not answer, for staff to act on. */
export const faqWeeklyCounts = async (
  call: Call,
  weeks = DEFAULT_WEEKS,
): Promise<Result<{ items: FaqWeek[] }>> => {
  const thisWeek = mondayOf(call.today)
  const items: FaqWeek[] = []
  for (let back = 0; back < weeks; back++) {
    const weekStart = addDays(thisWeek, -7 * back)
    const from = startOfShanghaiDay(weekStart)
    const to = startOfShanghaiDay(addDays(weekStart, 7))
    items.push({
      weekStart,
      misses: await call.ports.faqMisses.countBetween(from, to),
      unhelpful: await call.ports.faqFeedback.countUnhelpfulBetween(from, to),
    })
  }
  return ok({ items })
}
