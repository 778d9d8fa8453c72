import { readStored, removeStored, writeStored } from '../../services/storage'
import type { ClaimForm } from './pages/new/claim-form'

/** A claim in progress, kept on the phone like the filing wizard's: a reload or a lost network loses nothing. */
interface StoredClaimDraft {
  form: ClaimForm
  /** The claim's key: after a reload the same claim is created (or found), not a second one. */
  idempotencyKey: string
  savedAt: string
}

const KEY = 'yidi.claim-draft'

/** The draft for this form: one started from another filing (or none) is not this one. */
export const loadClaimDraft = (filingId?: string): StoredClaimDraft | undefined => {
  const stored = readStored<StoredClaimDraft>(KEY)
  return stored && stored.form.filing?.filingId === filingId ? stored : undefined
}

/** Only finished uploads are kept: a file half sent is chosen again, its fileID is all a draft needs. */
export const saveClaimDraft = (form: ClaimForm, idempotencyKey: string) => {
  const uploads = Object.fromEntries(
    Object.entries(form.uploads).map(([kind, items]) => [
      kind,
      (items ?? []).filter((item) => item.status === 'done'),
    ]),
  )
  writeStored(KEY, { form: { ...form, uploads }, idempotencyKey, savedAt: new Date().toISOString() })
}

export const clearClaimDraft = () => removeStored(KEY)
