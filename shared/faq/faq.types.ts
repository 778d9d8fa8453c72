import type { Source } from '../result'
import type { Route } from '../routes'

/** The FAQ's data shapes, free of zod so the phone loads the corpus without the schema library. */

export interface FaqVariant {
  answer: string
  sources: Source[]
}

export interface FaqEntry {
  /** Stable: the feedback store and analytics keep it. */
  id: string
  question: string
  keywords: string[]
  /** The general answer: says where regions differ. */
  answer: string
  sources: Source[]
  /** The answer for callers whose insured region falls under that profile, by profile id. */
  variants?: Record<string, FaqVariant>
  /** The page of this app that answers the question for the person's own case (查定点医院 for hospitals). */
  see?: FaqSee
}

export interface FaqSee {
  label: string
  route: Route
}
