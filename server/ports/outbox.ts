/** Messages the user should hear of (status changes, supplement deadlines), kept until delivered. */
export interface Notification {
  id: string
  recipient: string
  kind: 'filing_status' | 'supplement_deadline' | 'claim_status'
  /** The subscription-message fields: what happened, to which record, when. */
  payload: { recordId: string; title: string; status: string; note?: string; deadline?: string }
  createdAt: string
}

export interface Outbox {
  add(notification: Notification): Promise<void>
  /** Not yet delivered, oldest first. */
  pending(limit?: number): Promise<Notification[]>
}
