import { ok } from '@shared/result'
import { accountEventSchema } from '@shared/schemas/account.schema'
import { parseInput } from '@shared/schemas/parse'
import { listNotifications, markNotificationsRead } from '../use-cases/account/notifications'
import { callOf } from '../use-cases/call'
import type { FunctionHandler } from './handler'

/** What the app needs to know of its caller: where it may upload, whether to offer staff pages, its messages. */
export const accountFunction: FunctionHandler = async (input, caller, ports) => {
  const parsed = parseInput(accountEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  switch (event.action) {
    case 'whoami':
      return ok({ uploadPrefix: `uploads/${caller}/`, staff: await ports.staff.includes(caller) })
    case 'notifications':
      return listNotifications(callOf(caller, ports))
    case 'markRead':
      return markNotificationsRead(callOf(caller, ports), event.ids)
    case 'subscribed':
      return ok({
        consents: await ports.outbox.addConsents(caller, event.accepted, ports.clock.now().toISOString()),
      })
  }
}
