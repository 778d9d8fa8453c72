import type { AppError } from '@shared/result'
import type { ExistingFiling } from '@shared/rules/filing-overlap'
import type { FilingQuote } from '@shared/rules/quote.types'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { IsoDate } from '@shared/time/calendar'
import type { FormDraft } from '../form-draft'
import type { Filer } from '../use-filer'

/** What the host knows past the form: the server's quote for the card, and the filing once submitted. */
export interface Outcome {
  /** The server's quote (with the person's filings it overlaps), or the device's while the network is away. */
  quote?: FilingQuote & { existing?: ExistingFiling[] }
  checking: boolean
  offline: boolean
  filing?: FilingView
}

/** Every step: the form in, changes out; the host page owns the state, the steps call no service. */
export interface StepProps {
  form: FormDraft
  /** Field errors by draft path ('insured.idNumber'). */
  errors: Record<string, string>
  /** A patch, or a function of the current form (for uploads that finish after the page changed). */
  change: (patch: Partial<FormDraft> | ((form: FormDraft) => Partial<FormDraft>)) => void
  today: IsoDate
  /** The refusal the host shows above the step (a step need not show it again); the card shows its own. */
  refusal?: AppError
  /** Who files and for whom (identity, authorisations) and the platform's look-up, kept by the host. */
  filer: Filer
  outcome: Outcome
  /** Submit again under a new key: the draft was changed after an earlier submit reached the server. */
  resubmitChanged: () => void
  /** A fresh, empty wizard. */
  startOver: () => void
}
