import type { Source } from '../result'
import type { Notice } from '../schemas/filing.schema'

export type { Notice }

export const notice = (code: string, text: string, from: Source): Notice => ({ code, text, source: from })
