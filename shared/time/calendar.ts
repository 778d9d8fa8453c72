/**
 * Calendar dates as 'YYYY-MM-DD' strings in China Standard Time, through dayjs core and its utc plugin.
 * China has kept UTC+8 without daylight saving since 1991, so a fixed +08:00 offset is exact; the timezone
 * plugin would need Intl time-zone data, which Android WeChat does not reliably ship. Dates are parsed as UTC
 * midnights, so the machine's own zone never shifts a day.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

export type IsoDate = string

const SHANGHAI_OFFSET_MINUTES = 8 * 60
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DAY = 'YYYY-MM-DD'

const day = (date: IsoDate) => dayjs.utc(date)

/** Today in Asia/Shanghai, whatever the machine's time zone. */
export const todayInShanghai = (now: Date): IsoDate =>
  dayjs(now).utcOffset(SHANGHAI_OFFSET_MINUTES).format(ISO_DAY)

/** The instant a Shanghai calendar day begins, as an ISO string in UTC (2026-05-01 → 2026-04-30T16:00:00.000Z). */
export const startOfShanghaiDay = (date: IsoDate): string =>
  day(date).subtract(SHANGHAI_OFFSET_MINUTES, 'minute').toISOString()

/** True only for a well-formed date that exists on the calendar (no 2026-02-30: dayjs rolls it over). */
export const isRealDate = (value: string): boolean =>
  DATE_SHAPE.test(value) && day(value).isValid() && day(value).format(ISO_DAY) === value

export const addDays = (date: IsoDate, days: number): IsoDate => day(date).add(days, 'day').format(ISO_DAY)

/** Month arithmetic clamps to the month's last day (2026-08-31 + 6 months = 2027-02-28). */
export const addMonths = (date: IsoDate, months: number): IsoDate =>
  day(date).add(months, 'month').format(ISO_DAY)

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate): number => day(to).diff(day(from), 'day')

export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b)
