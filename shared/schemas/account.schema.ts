import { z } from 'zod'

/** Who the caller is to the app: never who they say they are (identity comes from the platform). */
export const accountEventSchema = z.discriminatedUnion(
  'action',
  [z.object({ action: z.literal('whoami') })],
  { error: '不支持的操作' },
)
