import type { MaterialKind } from '@shared/policy/materials'
import type { ReviewState } from '@shared/policy/vocabulary'
import type { FilingTarget } from '@shared/regions/regions'
import type { FilingFacts } from '@shared/rules/filing-status'
import type { Notice } from '@shared/rules/notices'
import type { AttachedMaterial, FilingDraft } from '@shared/schemas/filing.schema'
import type { HistoryEntry } from '@shared/schemas/responses.schema'
import type { InsuredRecord } from './insured-record'
import type { ListPosition } from './list-position'
import type { Notification } from './outbox'
import type { OutgoingRegistration, Registration } from './registrations'

/** A filing as stored: the draft minus the plain ID number, plus what the rules decided. */
export interface FilingRecord {
  filingId: string
  owner: string
  idempotencyKey: string
  /** Fingerprint of the request that created it (see use-cases/idempotency); absent on older records. */
  requestHash?: string
  version: number
  createdAt: string
  updatedAt: string
  insured: InsuredRecord
  draft: Omit<FilingDraft, 'insured' | 'materials'>
  profile: string
  target: FilingTarget
  facts: FilingFacts
  materials: AttachedMaterial[]
  notices: Notice[]
  review: ReviewState
  /** Kinds supplemented since the last staff decision: what 'request_more' asks for again. */
  underReview?: MaterialKind[]
  /** True while this is the person's active long-term filing; cleared on cancel or once it lapsed. */
  holdsLongTerm: boolean
  history: HistoryEntry[]
  /** When its owner had its uploads and sealed fields deleted (use-cases/privacy/erase-record). */
  erasedAt?: string
  /** Read from the registration outbox, never written with the record: the platform's answers set it. */
  registration?: Registration
}

export type AddOutcome = 'added' | 'duplicate_key' | 'long_term_taken'

/**
 * State changes carry the notifications they cause and the messages to the 医保信息平台, so a store that can
 * commits them together (SQLite) and a crash never leaves a change the user is not told of or the platform
 * never hears of.
 */
export interface Filings {
  /** Atomic against concurrent adds: the same (owner, key) or a second active long-term filing is refused. */
  add(
    record: FilingRecord,
    notifications?: readonly Notification[],
    registrations?: readonly OutgoingRegistration[],
  ): Promise<AddOutcome>
  byKey(owner: string, idempotencyKey: string): Promise<FilingRecord | undefined>
  get(filingId: string): Promise<FilingRecord | undefined>
  /** Newest first. */
  listByOwner(owner: string): Promise<FilingRecord[]>
  longTermHolder(idHash: string): Promise<FilingRecord | undefined>
  /** Every filing of one insured person (by ID-number hash), whoever filed it; newest first. */
  byPerson(idHash: string): Promise<FilingRecord[]>
  /** The filings one owner made for one insured person, newest first: an indexed read, whatever the store's size. */
  ownedForPerson(owner: string, idHash: string): Promise<FilingRecord[]>
  /** Compare-and-set: writes `record` as version expected+1 only if the stored version is still `expected`. */
  replace(
    record: FilingRecord,
    expected: number,
    notifications?: readonly Notification[],
    registrations?: readonly OutgoingRegistration[],
  ): Promise<boolean>
  /**
   * For staff: awaiting review (oldest first, the longest waiting on top) when `awaitingReview`, else the newest;
   * from just past `after` in that order.
   */
  queue(options: { awaitingReview: boolean; limit: number; after?: ListPosition }): Promise<FilingRecord[]>
  /** Filings still owing materials whose supplement deadline falls within [from, until]: the reminders' work. */
  supplementDue(from: string, until: string): Promise<FilingRecord[]>
}
