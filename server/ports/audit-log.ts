/** What staff did and who consented to whom: appended, never edited (the store refuses updates and deletes). */
export interface AuditEntry {
  at: string
  actor: string
  action: string
  recordKind: 'filing' | 'claim' | 'authorisation' | 'identity'
  recordId: string
  note?: string
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>
  /** Oldest first. */
  since(at: string): Promise<(AuditEntry & { seq: number })[]>
}
