/**
 * Calendar dates as 'YYYY-MM-DD' strings in China Standard Time.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no
 * Intl time-zone data (which the mini-program's JS engines do not reliably ship).
 */
import dayjs from 'dayjs'

export type IsoDate = string

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/** Today in Asia/Shanghai, whatever the machine's time zone. */
export const todayInShanghai = (now: Date): IsoDate =>
  new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)

/** The instant a Shanghai calendar day begins, as an ISO string in UTC (2026-05-01 → 2026-04-30T16:00:00.000Z). */
export const startOfShanghaiDay = (date: IsoDate): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS).toISOString()

/** True only for a well-formed date that exists on the calendar (no 2026-02-30). */
export const isRealDate = (value: string): boolean => {
  if (!DATE_SHAPE.test(value)) return false
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

const parse = (date: IsoDate) => dayjs(date, 'YYYY-MM-DD')
const format = (value: dayjs.Dayjs): IsoDate => value.format('YYYY-MM-DD')

export const addDays = (date: IsoDate, days: number): IsoDate => format(parse(date).add(days, 'day'))

/** Month arithmetic clamps to the month's last day (2026-08-31 + 6 months = 2027-02-28). */
export const addMonths = (date: IsoDate, months: number): IsoDate => format(parse(date).add(months, 'month'))

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => parse(to).diff(parse(from), 'day')

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b)
