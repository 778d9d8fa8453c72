import { maskIdNumbersIn } from '@shared/identity/mask-id-numbers'
import type { Notification } from '../ports/outbox'
import type { Call } from './call'

/**
 * A message for the user; the repository writes it together with the change that causes it. It carries
 * what changed and the staff note, never the person's ID number or a diagnosis (those stay in the record).
 */
export const notification = (
  call: Call,
  recipient: string,
  kind: Notification['kind'],
  payload: Notification['payload'],
): Notification => ({
  id: call.ports.ids.next('nt'),
  recipient,
  kind,
  payload: payload.note === undefined ? payload : { ...payload, note: maskIdNumbersIn(payload.note) },
  createdAt: call.at,
})
