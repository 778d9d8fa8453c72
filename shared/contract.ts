/**
 * Each action of the contract, typed end to end: what its event takes and what its `data` is. Type-only, so
 * the app imports it without shipping zod or the schemas.
 */

import type { z } from 'zod'
import type { FunctionName } from './envelope'
import type { accountEventSchema } from './schemas/account.schema'
import type { claimEventSchema } from './schemas/claim.schema'
import type { faqEventSchema } from './schemas/faq.schema'
import type { filingEventSchema } from './schemas/filing.schema'
import type { identityEventSchema } from './schemas/identity.schema'
import type { RESPONSE_SCHEMAS, ResponseKey } from './schemas/responses.schema'
import type { staffEventSchema } from './schemas/staff.schema'

interface Events {
  filing: z.input<typeof filingEventSchema>
  claim: z.input<typeof claimEventSchema>
  faq: z.input<typeof faqEventSchema>
  staff: z.input<typeof staffEventSchema>
  account: z.input<typeof accountEventSchema>
  identity: z.input<typeof identityEventSchema>
}

/** `<function>.<action>`, e.g. 'filing.submit'. */
export type ActionKey = ResponseKey

export type FunctionOf<K extends ActionKey> = K extends `${infer F extends FunctionName}.${string}`
  ? F
  : never
type ActionName<K extends ActionKey> = K extends `${string}.${infer A}` ? A : never

/** The event of an action, without its `action` field. */
export type EventOf<K extends ActionKey> = Omit<
  Extract<Events[FunctionOf<K>], { action: ActionName<K> }>,
  'action'
>

/** What an action's `data` holds. */
export type DataOf<K extends ActionKey> = z.output<(typeof RESPONSE_SCHEMAS)[K]>
