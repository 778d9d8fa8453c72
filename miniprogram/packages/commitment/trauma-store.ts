import type { TraumaCommitment } from '@shared/schemas/trauma.schema'
import { readStored, removeStored, writeStored } from '../../services/storage'

/** A confirmed commitment as kept on the phone, to show at the hospital later; `confirmedAt` is Shanghai time. */
export interface KeptCommitment extends TraumaCommitment {
  confirmedAt: string
  /** The drawn signature as a PNG data URL, kept with the letter on the phone; absent when not signed. */
  signature?: string
}

const KEY = 'yidi.trauma-commitment'

export const keptCommitment = (): KeptCommitment | undefined => readStored<KeptCommitment>(KEY)
export const keepCommitment = (commitment: KeptCommitment): boolean => writeStored(KEY, commitment)
export const forgetCommitment = () => removeStored(KEY)
