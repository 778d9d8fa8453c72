import type { Result } from '@shared/result'

export interface StoredFile {
  fileID: string
  owner: string
  mime: string
  size: number
  sha256: string
  purpose?: string
  createdAt: string
}

/** Uploaded materials (photos and PDFs of proofs, invoices, records). */
export interface FileStore {
  /** Refuses anything but the allowed types (FILE.TYPE_NOT_ALLOWED) and anything over the limit (TOO_LARGE). */
  save(input: { owner: string; bytes: Buffer; purpose?: string; at: string }): Promise<Result<StoredFile>>
  read(fileID: string): Promise<{ file: StoredFile; bytes: Buffer } | undefined>
  /** True only for a file the caller uploaded; a malformed or foreign fileID is simply not theirs. */
  belongsTo(fileID: string, owner: string): Promise<boolean>
  /** The sha256 of the file's bytes where this store knows it (undefined where it never sees them). */
  contentHash(fileID: string): Promise<string | undefined>
  /** How many files, and how many bytes, the owner has uploaded since `since` (an ISO instant). */
  usage(owner: string, since: string): Promise<{ count: number; bytes: number }>
  /**
   * Removes uploads made before `before` that nothing references: not a filing's materials, not its signature
   * (`draft.commitment.signatureFileID`), not a claim's materials. Returns how many went.
   */
  removeUnattached(before: string): Promise<number>
}
