import type { Notification } from '../ports/outbox'
import type { Call } from './call'

/** An ID number typed into a staff note must not travel in a message: it leaves as 4 + 10 stars + 4. */
const maskIdNumbers = (text: string) =>
  text.replace(/\d{17}[\dXx]/g, (number) => `${number.slice(0, 4)}${'*'.repeat(10)}${number.slice(-4)}`)

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
  payload: payload.note === undefined ? payload : { ...payload, note: maskIdNumbers(payload.note) },
  createdAt: call.at,
})
