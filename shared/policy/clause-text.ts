import type { Source } from '../result'
import { CLAUSE_TEXTS } from './clause-texts.data'
import { documentKeyOf } from './sources'

/**
 * The cited clause's words as its notice publishes them, shipped with the app (generated from docs/notices/);
 * undefined for a notice whose text the product does not hold, an example value or a service rule.
 */
export const clauseTextOf = (from: Source): string | undefined =>
  CLAUSE_TEXTS[`${documentKeyOf(from)} ${from.clause}`]
