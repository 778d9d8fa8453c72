/**
 * Append-only: a released migration is never edited, the next change is a new entry.
 * Documents live as JSON in `doc`; the columns beside it exist for indexes and constraints.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'filings, claims, files, outbox, feedback, staff',
    sql: `
      CREATE TABLE filings (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        id_hash TEXT NOT NULL,
        -- id_hash while this filing is an active long-term filing, else NULL (see the unique index)
        long_term_holder TEXT,
        queue TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE UNIQUE INDEX filings_idempotency ON filings (owner, idempotency_key);
      CREATE UNIQUE INDEX filings_one_long_term ON filings (long_term_holder) WHERE long_term_holder IS NOT NULL;
      CREATE INDEX filings_by_owner ON filings (owner, created_at DESC);
      CREATE INDEX filings_by_queue ON filings (queue, created_at);

      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        idempotency_key TEXT NOT NULL,
        filing_id TEXT,
        status TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE UNIQUE INDEX claims_idempotency ON claims (owner, idempotency_key);
      CREATE INDEX claims_by_owner ON claims (owner, created_at DESC);
      CREATE INDEX claims_by_status ON claims (status, created_at);
      CREATE INDEX claims_by_filing ON claims (filing_id) WHERE filing_id IS NOT NULL;

      CREATE TABLE files (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        purpose TEXT,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX files_by_owner ON files (owner);

      CREATE TABLE outbox (
        id TEXT PRIMARY KEY,
        recipient TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sent_at TEXT
      );
      CREATE INDEX outbox_unsent ON outbox (created_at) WHERE sent_at IS NULL;

      CREATE TABLE faq_feedback (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        faq_id TEXT NOT NULL,
        helpful INTEGER NOT NULL,
        q TEXT,
        caller TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX faq_feedback_by_entry ON faq_feedback (faq_id);

      CREATE TABLE staff (
        openid TEXT PRIMARY KEY,
        name TEXT,
        added_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'store meta: the data key id, an unfinished key rotation; files by owner and day',
    sql: `
      CREATE TABLE store_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE INDEX files_by_owner_created ON files (owner, created_at);
      CREATE INDEX files_by_created ON files (created_at);
    `,
  },
  {
    version: 3,
    name: 'fewer index pages per insert: awaiting-review as a partial index, no separate by-owner indexes',
    // Every insert rewrote a leaf of each index: the queue index for 'none', which nothing queries, and the
    // by-owner indexes, whose owner prefix (owner, idempotency_key) already serves a person's few records.
    sql: `
      DROP INDEX filings_by_queue;
      CREATE INDEX filings_awaiting_review ON filings (created_at) WHERE queue = 'awaiting_review';
      DROP INDEX filings_by_owner;
      DROP INDEX claims_by_owner;
    `,
  },
  {
    version: 4,
    name: 'notifications read by their recipient; filings by supplement deadline',
    sql: `
      ALTER TABLE outbox ADD COLUMN read_at TEXT;
      CREATE INDEX outbox_by_recipient ON outbox (recipient, created_at DESC);
      CREATE INDEX filings_by_supplement_deadline ON filings (json_extract(doc, '$.facts.supplementDeadline'))
        WHERE json_extract(doc, '$.facts.supplementDeadline') IS NOT NULL;
    `,
  },
  {
    version: 5,
    name: 'verified identities, authorisations to act for a person, the append-only audit; records by person',
    sql: `
      CREATE TABLE identities (
        openid TEXT PRIMARY KEY,
        id_hash TEXT NOT NULL UNIQUE,
        verified_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      -- Each verification result binds once: a replayed one is refused by the primary key.
      CREATE TABLE verification_results (result_key TEXT PRIMARY KEY, openid TEXT NOT NULL, at TEXT NOT NULL);

      CREATE TABLE authorisations (
        id TEXT PRIMARY KEY,
        id_hash TEXT NOT NULL,
        proxy TEXT,
        code TEXT UNIQUE,
        status TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX authorisations_by_person ON authorisations (id_hash) WHERE status <> 'ended';
      CREATE INDEX authorisations_by_proxy ON authorisations (proxy) WHERE status = 'active';

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        record_kind TEXT NOT NULL,
        record_id TEXT NOT NULL,
        note TEXT
      );
      CREATE INDEX audit_log_by_time ON audit_log (at);
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- a person's filings: filings_by_person, created by version 6
      CREATE INDEX claims_by_person ON claims (json_extract(doc, '$.insured.idHash'));
    `,
  },
  {
    version: 6,
    name: 'registration outbox: each filing message to the 医保信息平台, written with the filing change',
    sql: `
      CREATE TABLE registration_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        msgid TEXT NOT NULL UNIQUE,
        filing_id TEXT NOT NULL,
        operation TEXT NOT NULL,
        reason TEXT,
        -- queued | delivered | refused | dead
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        settled_at TEXT,
        number TEXT,
        last_error TEXT,
        field TEXT,
        note TEXT
      );
      CREATE INDEX registration_by_filing ON registration_outbox (filing_id, seq);
      CREATE INDEX registration_due ON registration_outbox (next_at) WHERE state = 'queued';
      CREATE INDEX registration_troubled ON registration_outbox (seq) WHERE state IN ('refused', 'dead');
      -- the insured look-up: a person's filings, whoever made them
      CREATE INDEX filings_by_person ON filings (id_hash);
      -- filings made before the platform was wired in and still in force are queued for registration
      INSERT INTO registration_outbox (msgid, filing_id, operation, state, next_at, created_at)
        SELECT 'rg_' || lower(hex(randomblob(14))), id, 'register', 'queued',
          strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM filings
        WHERE json_extract(doc, '$.facts.cancelled') = 0
          AND (json_extract(doc, '$.facts.effectiveOn') = 'on_submit'
            OR json_array_length(doc, '$.facts.outstandingMaterials') = 0)
          AND ifnull(json_extract(doc, '$.facts.validUntil'), '9999-12-31') >= date('now', '+8 hours')
        ORDER BY created_at, id;
    `,
  },
  {
    version: 7,
    name: 'invoices held by one claim at a time',
    // The primary key is what refuses an invoice already on another claim, under any concurrency.
    sql: `
      CREATE TABLE claim_invoices (
        invoice_key TEXT PRIMARY KEY,
        claim_id TEXT NOT NULL,
        held_at TEXT NOT NULL
      );
      CREATE INDEX claim_invoices_by_claim ON claim_invoices (claim_id);
    `,
  },
  {
    version: 8,
    name: 'filings one owner made for one person: the overlap check at submit reads only those',
    sql: `
      CREATE INDEX filings_by_person_owner ON filings (id_hash, owner, created_at DESC);
    `,
  },
  {
    version: 10,
    name: 'questions sent to the agency from the FAQ, and their answers',
    sql: `
      CREATE TABLE faq_questions (
        id TEXT PRIMARY KEY,
        asker TEXT NOT NULL,
        -- open | answered
        status TEXT NOT NULL,
        asked_at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX faq_questions_open ON faq_questions (asked_at) WHERE status = 'open';
      CREATE INDEX faq_questions_by_asker ON faq_questions (asker, asked_at);
    `,
  },
  {
    version: 11,
    name: 'subscription-message consents counted per recipient and kind',
    sql: `
      CREATE TABLE subscription_consents (
        recipient TEXT NOT NULL,
        kind TEXT NOT NULL,
        remaining INTEGER NOT NULL CHECK (remaining >= 0),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (recipient, kind)
      );
    `,
  },
  {
    version: 12,
    name: 'what staff add to the FAQ between releases, and searches that found no certain answer',
    sql: `
      CREATE TABLE faq_additions (
        id TEXT PRIMARY KEY,
        at TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE TABLE faq_misses (
        q TEXT,
        at TEXT NOT NULL
      );
      CREATE INDEX faq_misses_by_time ON faq_misses (at);
      CREATE INDEX faq_feedback_unhelpful ON faq_feedback (at) WHERE helpful = 0;
    `,
  },
  {
    version: 13,
    name: 'look-ups of the insured person on the 医保信息平台, per caller, for their rate limit',
    sql: `
      CREATE TABLE insured_lookups (
        caller TEXT NOT NULL,
        at TEXT NOT NULL
      );
      CREATE INDEX insured_lookups_by_caller ON insured_lookups (caller, at);
    `,
  },
  {
    version: 107,
    name: 'the designated-hospital directory',
    sql: `
      CREATE TABLE hospitals (
        code TEXT PRIMARY KEY,
        region_code TEXT NOT NULL,
        name TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX hospitals_by_region ON hospitals (region_code);
    `,
  },
  {
    version: 108,
    name: 'every filing by creation, for the staff list paged newest first',
    sql: `
      CREATE INDEX filings_by_created ON filings (created_at, id);
    `,
  },
]
