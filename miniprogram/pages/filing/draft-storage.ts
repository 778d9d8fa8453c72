import { readStored, removeStored, writeStored } from '../../services/storage'
import type { UploadItem } from '../../services/upload-types'
import type { FormDraft } from './form-draft'
import type { StepId } from './wizard-steps'

/** A filing in progress, kept on the phone so leaving the app (or losing the network) loses nothing. */
export interface StoredDraft {
  form: FormDraft
  step: StepId
  /** One per draft: a double tap, or a retry after a timeout, files once. */
  idempotencyKey: string
  savedAt: string
}

const KEY = 'yidi.filing-draft'

const randomHex = (bytes: number) => {
  const values = new Uint8Array(bytes)
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(values)
  else for (let index = 0; index < bytes; index++) values[index] = Math.floor(Math.random() * 256)
  return Array.from(values, (value) => value.toString(16).padStart(2, '0')).join('')
}

export const newIdempotencyKey = () => `fl-${randomHex(16)}`

export const loadDraft = (): StoredDraft | undefined => readStored<StoredDraft>(KEY)

/** Only finished uploads are kept: a file half sent is chosen again, its fileID is all a draft needs. */
export const saveDraft = (draft: Omit<StoredDraft, 'savedAt'>) => {
  const uploads = Object.fromEntries(
    Object.entries(draft.form.uploads).map(([kind, items]) => [
      kind,
      (items ?? []).filter((item: UploadItem) => item.status === 'done'),
    ]),
  )
  writeStored(KEY, { ...draft, form: { ...draft.form, uploads }, savedAt: new Date().toISOString() })
}

export const clearDraft = () => removeStored(KEY)
