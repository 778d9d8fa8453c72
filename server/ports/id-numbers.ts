/** Holds full ID numbers for the agency: sealed at rest, looked up by a keyed hash, never shown. */
export interface IdNumbers {
  /** Names the key in use without revealing it. */
  keyId: string
  seal(idNumber: string): SealedIdNumber
  /** Throws for a value sealed under another key. */
  open(sealed: string): string
}

export interface SealedIdNumber {
  /** AES-GCM ciphertext, `v2:<key id>:<iv>:<tag>:<data>` in base64url. */
  sealed: string
  /** HMAC of the normalised number: equal numbers match without decrypting anything. */
  hash: string
}
