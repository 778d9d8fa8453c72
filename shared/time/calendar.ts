/**
 * Calendar dates as 'YYYY-MM-DD' strings in China Standard Time.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no
 * Intl time-zone data (which the mini-program's JS engines do not reliably ship).
 */
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

// Plain UTC day numbers: dayjs parsed in the machine's zone and was a tenth of filing.submit's CPU (profile:submit).
const DAY_MS = 24 * 60 * 60 * 1000
const utcOf = (date: IsoDate): number => {
  const [year, month, day] = date.split('-').map(Number)
  return Date.UTC(year, month - 1, day)
}
const dateOf = (utc: number): IsoDate => new Date(utc).toISOString().slice(0, 10)

export const addDays = (date: IsoDate, days: number): IsoDate => dateOf(utcOf(date) + days * DAY_MS)

/** Month arithmetic clamps to the month's last day (2026-08-31 + 6 months = 2027-02-28). */
export const addMonths = (date: IsoDate, months: number): IsoDate => {
  const [year, month, day] = date.split('-').map(Number)
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return dateOf(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)))
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((utcOf(to) - utcOf(from)) / DAY_MS)

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b)
