import { source } from './sources'

/**
 * When a person who owes materials (承诺补充) is reminded before the deadline. No notice fixes the days, so
 * they are example values the deploying agency sets; the deadline itself comes from the profile.
 */
export const SUPPLEMENT_REMINDERS = {
  daysBefore: [7, 1],
  source: source('example', '补充材料到期提醒'),
  illustrative: true,
} as const
