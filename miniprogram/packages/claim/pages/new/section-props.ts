import type { ClaimForm } from './claim-form'

/** Every section of the claim form: the form in, changes out, errors by path; no section calls a service. */
export interface SectionProps {
  form: ClaimForm
  errors: Record<string, string>
  change: (patch: Partial<ClaimForm> | ((current: ClaimForm) => Partial<ClaimForm>)) => void
}
