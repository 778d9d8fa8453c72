/** Holds full ID numbers for the agency: sealed at rest, looked up by a keyed hash, never shown. */
export interface IdNumbers {
  seal(idNumber: string): SealedIdNumber
  open(sealed: string): string
}

export interface SealedIdNumber {
  /** AES-GCM ciphertext, `v1:<iv>:<tag>:<data>` in base64url. */
  sealed: string
  /** HMAC of the normalised number: equal numbers match without decrypting anything. */
  hash: string
}
