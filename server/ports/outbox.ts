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
  /** Shown in the app's 消息 only: the person is looking at it as it happens, so no WeChat message is spent. */
  inAppOnly?: true
}

/** How many more WeChat messages of each kind the recipient agreed to receive. */
export type Consents = Partial<Record<NotificationKind, number>>

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
  /**
   * The recipient accepted a one-time subscription of each of `kinds` (wx.requestSubscribeMessage): each allows
   * exactly one message of its kind, so acceptances are counted and a message is sent only against one.
   */
  addConsents(recipient: string, kinds: readonly NotificationKind[], at: string): Promise<Consents>
  consents(recipient: string): Promise<Consents>
}
