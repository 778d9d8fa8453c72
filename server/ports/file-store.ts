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
  save(input: {
    owner: string
    bytes: Buffer
    purpose?: string
    at: string
    /** Where the bytes already lie (CloudBase: the phone put them in storage); the local store mints its own. */
    fileID?: string
  }): Promise<Result<StoredFile>>
  /**
   * Bytes the owner put straight into cloud storage, in their own folder, for a function to check and record
   * (CloudBase). VALIDATION for a fileID outside that folder or not there, TOO_LARGE before downloading one over
   * the limit; the local store takes uploads over HTTP only and answers FORBIDDEN.
   */
  uploadedDirectly(fileID: string, owner: string): Promise<Result<Buffer>>
  /** What is recorded of a file, without its bytes. */
  info(fileID: string): Promise<StoredFile | undefined>
  /** Short-lived links to the files (CloudBase temporary URLs; the local runtime's own path, read with identity). */
  links(fileIDs: readonly string[]): Promise<Map<string, string>>
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
  /** Deletes the owner's own files among `fileIDs` (others' are left alone); returns how many went. */
  remove(fileIDs: readonly string[], owner: string): Promise<number>
}
