import type { IsoDate } from '@shared/time/calendar'
import type { FormDraft } from '../form-draft'

/** Every step: the form in, changes out; the host page owns the state, the steps call no service. */
export interface StepProps {
  form: FormDraft
  /** Field errors by draft path ('insured.idNumber'). */
  errors: Record<string, string>
  /** A patch, or a function of the current form (for uploads that finish after the page changed). */
  change: (patch: Partial<FormDraft> | ((form: FormDraft) => Partial<FormDraft>)) => void
  today: IsoDate
  /** Moves on when the answer needs nothing more (为本人办理). */
  advance: () => void
}
