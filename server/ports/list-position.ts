/** Where a paged list stopped: the last record read, in the list's order (created, then id). */
export interface ListPosition {
  createdAt: string
  id: string
}
