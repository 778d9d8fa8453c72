/** What a backup folder holds, written last: a folder without it (or still named *.partial) is not a backup. */
export interface BackupManifest {
  format: 'yidi-backup/1'
  createdAt: string
  source: string
  database: { file: string; bytes: number; sha256: string; schemaVersion: number }
  /** Rows per table in the copied database. */
  counts: Record<string, number>
  uploads: { count: number; bytes: number; files: { path: string; size: number; sha256: string }[] }
  idNumberKey: {
    /** The key id the store records (store_meta), also the prefix of its sealed values. */
    keyId: string | null
    included: boolean
    note: string
  }
}

export const MANIFEST_FILE = 'manifest.json'
export const BACKED_UP_TABLES = [
  'filings',
  'claims',
  'files',
  'outbox',
  'faq_feedback',
  'faq_questions',
  'staff',
] as const

export const keyNote = (keyId: string | null, included: boolean) =>
  included
    ? `The ID-number key (id ${keyId}) is IN THIS BACKUP as data.key: whoever holds the backup can read every ID number. Keep it encrypted or apart from the data.`
    : `The ID-number key (id ${keyId}) is NOT in this backup: without it the ID numbers cannot be read. Keep the key (DATA_DIR/data.key or DATA_KEY) safe, somewhere else.`
