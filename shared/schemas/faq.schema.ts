import '../zod-jitless'
import { z } from 'zod'
import { recordId, regionCode } from './fields'

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
    z.object({
      action: z.literal('feedback'),
      id: recordId('问答编号'),
      helpful: z.boolean({ error: '请选择是否有帮助' }),
      q: z.string().trim().max(100, { error: '问题请控制在 100 个字以内' }).optional(),
    }),
  ],
  { error: '不支持的操作' },
)
