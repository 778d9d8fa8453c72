import type { AppError } from '@shared/result'
import type { IsoDate } from '@shared/time/calendar'
import type { FormDraft } from '../form-draft'
import type { Filer } from '../use-filer'

/** Every step: the form in, changes out; the host page owns the state, the steps call no service. */
export interface StepProps {
  form: FormDraft
  /** Field errors by draft path ('insured.idNumber'). */
  errors: Record<string, string>
  /** A patch, or a function of the current form (for uploads that finish after the page changed). */
  change: (patch: Partial<FormDraft> | ((form: FormDraft) => Partial<FormDraft>)) => void
  today: IsoDate
  /** The refusal the host shows above the step (a step need not show it again). */
  refusal?: AppError
  /** Who files and for whom (identity, authorisations) and the platform's look-up, kept by the host. */
  filer: Filer
}
