import type { FaqEntry } from '../faq.types'
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

/** Checked by faqCorpusSchema in the tests and when the faq cloud function starts, not on the phone. */
export const FAQ_ENTRIES: readonly FaqEntry[] = [
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
]
