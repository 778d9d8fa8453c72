import type { AuditLog } from './audit-log'
import type { Authorisations } from './authorisations'
import type { Claims } from './claims'
import type { Clock } from './clock'
import type { FaqAdditionsLog } from './faq-additions'
import type { FaqFeedback } from './faq-feedback'
import type { FaqMisses } from './faq-misses'
import type { FaqQuestions } from './faq-questions'
import type { FileStore } from './file-store'
import type { Filings } from './filings'
import type { Hospitals } from './hospitals'
import type { IdGenerator } from './id-generator'
import type { IdNumbers } from './id-numbers'
import type { Identities, IdentityVerification } from './identity'
import type { InsuranceCore } from './insurance-core'
import type { InvoiceVerification } from './invoice-verification'
import type { LookUpLog } from './look-up-log'
import type { Outbox } from './outbox'
import type { Registrations } from './registrations'
import type { StaffRoster } from './staff-roster'

/** Everything a use case may touch; each runtime (CloudBase, local) builds one set per call or process. */
export interface Ports {
  filings: Filings
  claims: Claims
  /** The designated-hospital directory. */
  hospitals: Hospitals
  files: FileStore
  outbox: Outbox
  /** The registration outbox: messages to the 医保信息平台 until it has answered them. */
  registrations: Registrations
  insuranceCore: InsuranceCore
  /** The agency's 医疗收费电子票据 verification service. */
  invoiceVerification: InvoiceVerification
  /** Who looked up an insured person when: `filing.lookup`'s rate limit. */
  lookUps: LookUpLog
  faqFeedback: FaqFeedback
  /** Questions people sent the agency from the FAQ, and the staff's answers. */
  faqQuestions: FaqQuestions
  /** Aliases and drafted entries staff added to the FAQ since the release. */
  faqAdditions: FaqAdditionsLog
  /** Searches that found no certain answer, for staff's weekly counts. */
  faqMisses: FaqMisses
  staff: StaffRoster
  idNumbers: IdNumbers
  clock: Clock
  ids: IdGenerator
  identities: Identities
  verification: IdentityVerification
  authorisations: Authorisations
  audit: AuditLog
}
