/**
 * What staff add to the FAQ between releases: another wording of an existing entry (an alias, from a
 * question people sent), and new entries drafted with their source clause. The server applies them in
 * searchFaq; the app fetches them when it starts and searches the shipped corpus alone without them.
 */
import type { FaqEntry } from './faq.types'

export interface FaqAlias {
  /** The entry this wording asks for (shipped, or a drafted one). */
  entryId: string
  text: string
}

export interface FaqAdditions {
  /** Changes whenever staff add something: the app keeps what it fetched until this differs. */
  version: string
  aliases: FaqAlias[]
  entries: FaqEntry[]
}

/** An alias is a wording people type: as short as an entry's question. */
export const FAQ_ALIAS_MAX = 40

/** Drafted entries' ids: never one of the shipped corpus's. */
export const DRAFT_ID_PREFIX = 'draft-'
