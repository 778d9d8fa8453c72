import type { NotificationKind } from '@shared/policy/vocabulary'

/** Messages the user should hear of (status changes, supplement deadlines), kept until delivered. */
export interface Notification {
  id: string
  recipient: string
  kind: NotificationKind
  /** The subscription-message fields: what happened, to which record, when. */
  payload: {
    recordId: string
    title: string
    status: string
    note?: string
    deadline?: string
    /** What the person does next, naming the record. */
    next?: string
  }
  createdAt: string
}

/** A notification as its recipient's list shows it. */
export type ReceivedNotification = Notification & { readAt: string | null }

export interface Outbox {
  add(notification: Notification): Promise<void>
  /** Writes it unless one with its id exists (a reminder's id says which reminder it is); true if written. */
  addOnce(notification: Notification): Promise<boolean>
  /** Not yet delivered, oldest first. */
  pending(limit?: number): Promise<Notification[]>
  /** The recipient's own, newest first. */
  forRecipient(recipient: string, limit: number): Promise<ReceivedNotification[]>
  unreadCount(recipient: string): Promise<number>
  /** Marks the recipient's own (others' ids are ignored) as read at `at`; already read ones keep their time. */
  markRead(recipient: string, ids: readonly string[], at: string): Promise<void>
}
