import type tcb from '@cloudbase/node-sdk'

export type CloudBaseApp = ReturnType<typeof tcb.init>
export type CloudDb = ReturnType<CloudBaseApp['database']>

/** Collections this backend uses; their indexes are declared in cloudbase/database.json. */
export const COLLECTIONS = {
  filings: 'filings',
  filingLocks: 'filing_locks',
  claims: 'claims',
  claimInvoices: 'claim_invoices',
  hospitals: 'hospitals',
  outbox: 'outbox',
  registrations: 'registrations',
  subscriptionConsents: 'subscription_consents',
  faqFeedback: 'faq_feedback',
  faqQuestions: 'faq_questions',
  /** Aliases and drafted entries staff added to the FAQ since the release. */
  faqAdditions: 'faq_additions',
  /** Searches that found no certain answer (no caller kept), counted by week for staff. */
  faqMisses: 'faq_misses',
  /** Who looked up an insured person when (look-up-log.cloudbase): the rate limit of filing.lookup. */
  insuredLookups: 'insured_lookups',
  staff: 'staff',
  identities: 'identities',
  verificationResults: 'verification_results',
  authorisations: 'authorisations',
  auditLog: 'audit_log',
  /** Uploads a function has checked (file-store.cloudbase): owner, type, size, time. */
  files: 'files',
} as const

/** The SDK throws by default but returns `{ code }` in compatibility mode: treat both as failures. */
export const unwrap = async <T>(pending: Promise<T>): Promise<T> => {
  const result = await pending
  const code = (result as { code?: unknown } | undefined)?.code
  if (typeof code === 'string' && code !== '') {
    throw Object.assign(new Error((result as { message?: string }).message ?? code), { code })
  }
  return result
}

/** A write refused by the `_id` or a unique index (DATABASE_DUPLICATE_WRITE; E11000 underneath). */
export const isDuplicate = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  return code === 'DATABASE_DUPLICATE_WRITE' || /duplicate|E11000/i.test(message ?? '')
}

/** `get()` stops at 100 documents unless told otherwise (1000 at most). */
export const MAX_PAGE = 1000

export const first = async <T>(query: { get(): Promise<{ data: unknown[] }> }): Promise<T | undefined> =>
  (await unwrap(query.get())).data[0] as T | undefined

/** Every top-level field replaced whole (an update would merge nested objects field by field). */
export const replaceFields = (db: CloudDb, fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields)
      .filter(([key, value]) => key !== '_id' && key !== 'version' && value !== undefined)
      .map(([key, value]) => [key, db.command.set(value)]),
  )
