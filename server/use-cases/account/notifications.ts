import { maskIdNumbersIn } from '@shared/identity/mask-id-numbers'
import { ok, type Result } from '@shared/result'
import type { NotificationView } from '@shared/schemas/responses.schema'
import type { ReceivedNotification } from '../../ports/outbox'
import type { Call } from '../call'

// A phone shows the recent ones; older messages live on in the records' own timelines.
const SHOWN = 50

const viewOf = ({ id, kind, payload, createdAt, readAt }: ReceivedNotification): NotificationView => ({
  id,
  kind,
  recordId: payload.recordId,
  title: payload.title,
  status: payload.status,
  ...(payload.note ? { note: maskIdNumbersIn(payload.note) } : {}),
  ...(payload.deadline ? { deadline: payload.deadline } : {}),
  ...(payload.next ? { next: payload.next } : {}),
  createdAt,
  read: readAt !== null,
})

/** The caller's own messages, newest first, and how many are unread (home's badge). */
export const listNotifications = async (
  call: Call,
): Promise<Result<{ items: NotificationView[]; unread: number }>> => {
  const { outbox } = call.ports
  const [received, unread] = await Promise.all([
    outbox.forRecipient(call.caller, SHOWN),
    outbox.unreadCount(call.caller),
  ])
  return ok({ items: received.map(viewOf), unread })
}

/** Only the caller's own messages are marked; another person's ids change nothing. */
export const markNotificationsRead = async (
  call: Call,
  ids: readonly string[],
): Promise<Result<{ unread: number }>> => {
  await call.ports.outbox.markRead(call.caller, ids, call.at)
  return ok({ unread: await call.ports.outbox.unreadCount(call.caller) })
}
