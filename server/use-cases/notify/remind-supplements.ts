import { filingStatus } from '@shared/rules/filing-status'
import { reminderHorizon, supplementReminderDue } from '@shared/rules/supplement-reminder'
import type { Notification } from '../../ports/outbox'
import type { Ports } from '../../ports/ports'
import { callOf } from '../call'
import { supplementReminderTitle } from '../notification-titles'

/** Not a person: the scheduler that runs the dispatcher. */
const SCHEDULER = 'scheduler'

/**
 * The supplement-deadline reminders due today. Each reminder's id names its filing and its place in the
 * schedule, and the outbox writes an id once: however often this runs, a person hears each reminder once.
 * A filing supplemented before then owes nothing and is not even found.
 */
export const remindSupplements = async (ports: Ports): Promise<{ due: number; written: number }> => {
  const call = callOf(SCHEDULER, ports)
  const owing = await ports.filings.supplementDue(call.today, reminderHorizon(call.today))
  let due = 0
  let written = 0
  for (const record of owing) {
    const reminder = supplementReminderDue(record.facts, call.today)
    if (!reminder) continue
    due += 1
    const notification: Notification = {
      id: `nt_sd_${record.filingId}_${reminder.daysBefore}`,
      recipient: record.owner,
      kind: 'supplement_deadline',
      payload: {
        recordId: record.filingId,
        title: supplementReminderTitle(reminder.daysLeft, record.facts.outstandingMaterials),
        status: filingStatus(record.facts, call.today),
        deadline: reminder.deadline,
      },
      createdAt: call.at,
    }
    if (await ports.outbox.addOnce(notification)) written += 1
  }
  return { due, written }
}
