import type { RegistrationStatus } from '@shared/policy/vocabulary'
import type { FilingOperation } from './insurance-core'
import type { Notification } from './outbox'

/** Where a filing stands on the platform, as its views show it. */
export interface Registration {
  status: RegistrationStatus
  number?: string
  at?: string
  reason?: string
  field?: string
}

/** A filing's registration or amendment, or a claim's report (decision and payment). */
export type OutboundOperation = FilingOperation | 'report'

/** A message to the platform, written in the same transaction as the filing or claim change that causes it. */
export interface OutgoingRegistration {
  msgid: string
  /** The filing's id, or the claim's for a report: the messages of one record are sent in order. */
  recordId: string
  operation: OutboundOperation
  reason?: string
  createdAt: string
}

/** queued → delivered | refused (the platform said no) | dead (gave up after the attempts; staff retry). */
export type DeliveryState = 'queued' | 'delivered' | 'refused' | 'dead'

export interface QueuedRegistration extends OutgoingRegistration {
  state: DeliveryState
  attempts: number
  nextAt: string
  /** The platform's number of the filing's registration so far (what a change or cancel amends). */
  registrationNumber?: string
  lastError?: string
  field?: string
  note?: string
}

export type Settlement =
  | { state: 'delivered'; number?: string; at: string }
  | { state: 'refused'; reason: string; field?: string; at: string }
  | { state: 'queued'; error: string; nextAt: string }
  | { state: 'dead'; error: string; at: string }

export interface Registrations {
  /** Messages whose time has come, each the oldest undelivered one of its filing (a filing's are sent in order). */
  due(now: string, limit: number): Promise<QueuedRegistration[]>
  /** Records an attempt's outcome, with what the person is told of it, in one transaction. */
  settle(msgid: string, settlement: Settlement, notifications?: readonly Notification[]): Promise<void>
  /** The platform is back: every message waiting out a back-off is due now. */
  resume(now: string): Promise<void>
  /** Refused and dead-lettered ones, oldest first: the staff queue. */
  troubled(limit: number): Promise<QueuedRegistration[]>
  get(msgid: string): Promise<QueuedRegistration | undefined>
  /**
   * Queues it again from now: a dead one keeps its msgid (the platform may hold it); a refused one is sent as
   * `newMsgid`, a new message, since the platform answers a repeated msgid with its first refusal. Answers the
   * msgid it is queued under, or undefined when it was neither refused nor dead.
   */
  retry(msgid: string, now: string, newMsgid: string): Promise<string | undefined>
  addNote(msgid: string, note: string): Promise<boolean>
  /** The filing's registration so far, or undefined if nothing was ever sent for it. */
  ofFiling(filingId: string): Promise<Registration | undefined>
}
