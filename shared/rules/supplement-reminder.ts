import { SUPPLEMENT_REMINDERS } from '../policy/reminders'
import { addDays, daysBetween, type IsoDate } from '../time/calendar'
import type { FilingFacts } from './filing-status'

export interface SupplementReminder {
  /** Which reminder of the schedule this is (7 or 1 days before, say): with the filing, its identity. */
  daysBefore: number
  deadline: IsoDate
  daysLeft: number
}

/**
 * The reminder due today, if any. Only the nearest window counts: a dispatcher that missed the 7-day run and
 * wakes the day before sends the 1-day reminder alone, not both at once.
 */
export const supplementReminderDue = (
  facts: FilingFacts,
  today: IsoDate,
  schedule: readonly number[] = SUPPLEMENT_REMINDERS.daysBefore,
): SupplementReminder | undefined => {
  const deadline = facts.supplementDeadline
  if (facts.cancelled || deadline === null || facts.outstandingMaterials.length === 0) return undefined
  const daysLeft = daysBetween(today, deadline)
  if (daysLeft < 0) return undefined
  const window = [...schedule].sort((a, b) => a - b).find((days) => daysLeft <= days)
  return window === undefined ? undefined : { daysBefore: window, deadline, daysLeft }
}

/** The farthest a reminder reaches ahead: filings with deadlines past this need none yet. */
export const reminderHorizon = (
  today: IsoDate,
  schedule: readonly number[] = SUPPLEMENT_REMINDERS.daysBefore,
): IsoDate => addDays(today, Math.max(...schedule))
