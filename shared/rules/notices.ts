import type { Source } from '../result'

/** A consequence the person should know, with the clause it comes from (the confirmation card's lines). */
export interface Notice {
  code: string
  text: string
  source: Source
}

export const notice = (code: string, text: string, from: Source): Notice => ({ code, text, source: from })
