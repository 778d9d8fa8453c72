import path from 'node:path'
import { systemClock } from '../adapters/clock.system'
import { fileStoreDisk } from '../adapters/disk/file-store.disk'
import { randomIds } from '../adapters/id-generator.random'
import { insuranceCoreFromEnv } from '../adapters/insurance-core/from-env'
import { invoiceVerificationFromEnv } from '../adapters/invoice-verification/from-env'
import { auditLogSqlite } from '../adapters/sqlite/audit-log.sqlite'
import { authorisationsSqlite } from '../adapters/sqlite/authorisations.sqlite'
import { startCheckpointer } from '../adapters/sqlite/checkpointer.sqlite'
import { claimsSqlite } from '../adapters/sqlite/claims.sqlite'
import { DATABASE_FILE, openDatabase, type SqliteDatabase } from '../adapters/sqlite/database.sqlite'
import { faqAdditionsSqlite } from '../adapters/sqlite/faq-additions.sqlite'
import { faqFeedbackSqlite } from '../adapters/sqlite/faq-feedback.sqlite'
import { faqMissesSqlite } from '../adapters/sqlite/faq-misses.sqlite'
import { faqQuestionsSqlite } from '../adapters/sqlite/faq-questions.sqlite'
import { filingsSqlite } from '../adapters/sqlite/filings.sqlite'
import { hospitalsSqlite } from '../adapters/sqlite/hospitals.sqlite'
import { identitiesSqlite } from '../adapters/sqlite/identities.sqlite'
import { lookUpLogSqlite } from '../adapters/sqlite/look-up-log.sqlite'
import { outboxSqlite } from '../adapters/sqlite/outbox.sqlite'
import { registrationsSqlite } from '../adapters/sqlite/registrations.sqlite'
import { staffSqlite } from '../adapters/sqlite/staff-roster.sqlite'
import { staffFromList } from '../adapters/staff-roster.list'
import type { Clock } from '../ports/clock'
import type { IdGenerator } from '../ports/id-generator'
import type { IdentityVerification } from '../ports/identity'
import type { Ports } from '../ports/ports'
import { openDataKey } from './data-key-guard'
import { identityVerificationFor } from './identity-adapters'

export interface LocalStore {
  ports: Ports
  db: SqliteDatabase
  close(): Promise<void>
}

/** The whole backend on one machine: SQLite file, uploads and key under `dataDir`. */
export const openLocalStore = (options: {
  dataDir: string
  dataKey?: string
  staffOpenids?: string
  clock?: Clock
  ids?: IdGenerator
  /** Chosen from the environment unless given (identity-adapters). */
  verification?: IdentityVerification
  /** The long-running runtime checkpoints in a worker thread; tests keep SQLite's default. */
  backgroundCheckpoints?: boolean
  /** INSURANCE_CORE and its settings (README); without them the embedded platform. */
  insuranceCoreEnv?: Record<string, string | undefined>
  /** INVOICE_VERIFY and its settings (README); without them the embedded adapter. */
  invoiceVerifyEnv?: Record<string, string | undefined>
}): LocalStore => {
  const db = openDatabase(options.dataDir, { backgroundCheckpoints: options.backgroundCheckpoints })
  let idNumbers: Ports['idNumbers']
  try {
    idNumbers = openDataKey(db, options.dataDir, options.dataKey)
  } catch (error) {
    db.close()
    throw error
  }
  const checkpointer = options.backgroundCheckpoints
    ? startCheckpointer(path.join(options.dataDir, DATABASE_FILE))
    : undefined
  const filings = filingsSqlite(db)
  const clock = options.clock ?? systemClock
  const ports: Ports = {
    filings,
    claims: claimsSqlite(db),
    hospitals: hospitalsSqlite(db),
    files: fileStoreDisk(db, path.join(options.dataDir, 'uploads')),
    outbox: outboxSqlite(db),
    registrations: registrationsSqlite(db),
    insuranceCore: insuranceCoreFromEnv(options.insuranceCoreEnv ?? {}, { filings, idNumbers, clock }),
    invoiceVerification: invoiceVerificationFromEnv(options.invoiceVerifyEnv ?? {}),
    lookUps: lookUpLogSqlite(db),
    faqFeedback: faqFeedbackSqlite(db),
    faqQuestions: faqQuestionsSqlite(db),
    faqAdditions: faqAdditionsSqlite(db),
    faqMisses: faqMissesSqlite(db),
    staff: staffFromList(options.staffOpenids, staffSqlite(db)),
    idNumbers,
    clock,
    ids: options.ids ?? randomIds,
    identities: identitiesSqlite(db),
    verification: options.verification ?? identityVerificationFor(),
    authorisations: authorisationsSqlite(db),
    audit: auditLogSqlite(db),
  }
  return {
    ports,
    db,
    close: async () => {
      await checkpointer?.stop()
      db.close()
    },
  }
}
