import '../zod-jitless'
import { z } from 'zod'
import { recordId, regionCode, requiredText } from './fields'

/** A question to the agency, and the staff's answer to it. */
export const FAQ_QUESTION_MAX = 300

export const faqEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('search'),
      q: z
        .string({ error: '请输入要咨询的问题' })
        .trim()
        .min(1, { error: '请输入要咨询的问题' })
        .max(100, { error: '问题请控制在 100 个字以内' }),
      insuredRegion: regionCode('参保地').optional(),
      limit: z.number().int().min(1).max(20, { error: '每次最多返回 20 条' }).optional(),
    }),
    z.object({ action: z.literal('hot'), insuredRegion: regionCode('参保地').optional() }),
    /** What staff added to the FAQ since the release (aliases, drafted entries): the app fetches it at start. */
    z.object({ action: z.literal('additions') }),
    /** A search the phone found no certain answer for, counted by week for staff; who searched is not kept. */
    z.object({
      action: z.literal('missed'),
      q: requiredText('搜索内容', 100),
    }),
    /** A question the FAQ could not answer, sent to the agency with the search tried (signed-in callers). */
    z.object({
      action: z.literal('ask'),
      question: requiredText('问题', FAQ_QUESTION_MAX).pipe(
        z.string().min(4, { error: '问题请至少写 4 个字' }),
      ),
      insuredRegion: regionCode('参保地'),
      q: z.string().trim().max(100, { error: '搜索内容请控制在 100 个字以内' }).optional(),
    }),
    z.object({
      action: z.literal('feedback'),
      id: recordId('问答编号'),
      helpful: z.boolean({ error: '请选择是否有帮助' }),
      q: z.string().trim().max(100, { error: '问题请控制在 100 个字以内' }).optional(),
    }),
  ],
  { error: '不支持的操作' },
)
