import type { Source } from '../result'
import '../zod-jitless'
import { z } from 'zod'

/** The notice and clause a rule, a notice line or an answer comes from. */
export const sourceSchema = z.object({
  doc: z.string().min(1),
  clause: z.string().min(1),
  reference: z.literal(true).optional(),
}) satisfies z.ZodType<Source>
