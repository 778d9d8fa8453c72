import type { FaqEntry } from '@shared/faq/faq.types'

/**
 * What staff added to the FAQ between releases, from a question people sent: another wording of an
 * existing entry (alias), or a new entry drafted with its source clause. Applied by the server's
 * search at once and fetched by the app when it starts (`faq.additions`).
 */
export type FaqAddition = { id: string; questionId: string; by: string; at: string } & (
  | { kind: 'alias'; entryId: string; text: string }
  | { kind: 'entry'; entry: FaqEntry }
)

export interface FaqAdditionsLog {
  add(addition: FaqAddition): Promise<void>
  /** Every addition, oldest first. */
  list(): Promise<FaqAddition[]>
}
