import type { Notification } from '../ports/outbox'
import type { Call } from './call'

/** A message for the user; the repository writes it together with the change that causes it. */
export const notification = (
  call: Call,
  recipient: string,
  kind: Notification['kind'],
  payload: Notification['payload'],
): Notification => ({ id: call.ports.ids.next('nt'), recipient, kind, payload, createdAt: call.at })
