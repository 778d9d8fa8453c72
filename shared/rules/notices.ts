import type { Source } from '../result'

/** A consequence the person should know, with the clause it comes from (the confirmation card's lines). */
export interface Notice {
  code: string
  text: string
  source: Source
}

/** The notice that offers the 外伤无第三方责任承诺书 page: a filing's detail links to it. */
export const TRAUMA_COMMITMENT_NOTICE = 'TRAUMA_COMMITMENT'

/** The notice with what the notice says about the filing's papers (the materials step shows it too). */
export const MATERIALS_NOTICE = 'MATERIALS'

export const notice = (code: string, text: string, from: Source): Notice => ({ code, text, source: from })
