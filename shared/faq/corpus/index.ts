import { type FaqEntry, faqCorpusSchema } from '../faq.schema'
import { BENEFIT_ENTRIES } from './benefits'
import { CHANGE_AND_BACKDATE_ENTRIES } from './change-and-backdate'
import { EMERGENCY_ENTRIES } from './emergency'
import { FILING_TYPE_ENTRIES } from './filing-types'
import { MATERIAL_ENTRIES } from './materials'
import { OUTPATIENT_ENTRIES } from './outpatient'
import { REIMBURSEMENT_ENTRIES } from './reimbursement'
import { SERVICE_ENTRIES } from './service'
import { VALIDITY_ENTRIES } from './validity'
import { WHERE_TO_FILE_ENTRIES } from './where-to-file'

/** Checked when loaded: a malformed entry is a bug and stops the program, not a user error. */
export const FAQ_ENTRIES: readonly FaqEntry[] = faqCorpusSchema.parse([
  ...FILING_TYPE_ENTRIES,
  ...MATERIAL_ENTRIES,
  ...WHERE_TO_FILE_ENTRIES,
  ...VALIDITY_ENTRIES,
  ...CHANGE_AND_BACKDATE_ENTRIES,
  ...EMERGENCY_ENTRIES,
  ...BENEFIT_ENTRIES,
  ...OUTPATIENT_ENTRIES,
  ...REIMBURSEMENT_ENTRIES,
  ...SERVICE_ENTRIES,
])
