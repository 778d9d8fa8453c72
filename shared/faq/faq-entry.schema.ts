import { PROFILE_IDS } from '../policy/profile-regions'
import { DOCUMENTS } from '../policy/sources'
import type { Source } from '../result'
import '../zod-jitless'
import { z } from 'zod'
import type { FaqEntry, FaqVariant } from './faq.types'

const KNOWN_DOCS = new Set<string>(Object.values(DOCUMENTS))

const faqSourceSchema: z.ZodType<Source> = z.object({
  doc: z.string().refine((doc) => KNOWN_DOCS.has(doc), '出处须是已登记的文件'),
  clause: z.string().min(1),
})

/** Short answers in plain words: at most four sentences, each fact cited. */
const answerSchema = z
  .string()
  .min(10)
  .max(180)
  .refine((answer) => answer.split(/[。！？]/).filter((part) => part.trim()).length <= 4, '答案不超过四句')

const variantSchema: z.ZodType<FaqVariant> = z.object({
  answer: answerSchema,
  sources: z.array(faqSourceSchema).min(1),
})

/** Checked by the tests and by the faq cloud function at start; the phone trusts the shipped data. */
export const faqEntrySchema: z.ZodType<FaqEntry> = z.object({
  /** Stable: the feedback store and analytics keep it. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  question: z.string().min(4).max(40),
  keywords: z.array(z.string().min(1).max(12)).min(2),
  /** The general answer: says where regions differ. */
  answer: answerSchema,
  sources: z.array(faqSourceSchema).min(1),
  /** The answer for callers whose insured region falls under that profile, by profile id. */
  variants: z
    .record(
      z.string().refine((id) => (PROFILE_IDS as string[]).includes(id), '未知的政策配置'),
      variantSchema,
    )
    .optional(),
})

export const faqCorpusSchema = z.array(faqEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>()
  for (const [index, entry] of entries.entries()) {
    if (seen.has(entry.id))
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `重复的条目 ${entry.id}` })
    seen.add(entry.id)
  }
})
