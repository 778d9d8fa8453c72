import '../zod-jitless'
import { z } from 'zod'
import { fileId } from './fields'

const fileID = fileId('文件')

/** The account actions around uploaded files (kept apart from the rest of account.schema). */
export const fileEvents = [
  /** CloudBase: the phone uploaded to its storage folder; the function checks and records the file. */
  z.object({
    action: z.literal('upload'),
    fileID,
    purpose: z.string().max(50, { error: '用途不能超过50个字' }).optional(),
  }),
  /** Short-lived links to files, for their owner or staff. */
  z.object({
    action: z.literal('file_urls'),
    fileIDs: z
      .array(fileID)
      .min(1, { error: '请选择要查看的文件' })
      .max(40, { error: '一次最多查看 40 份文件' }),
  }),
] as const

export const uploadedSchema = z.object({ fileID: z.string(), mime: z.string(), size: z.number().int() })

export const fileLinksSchema = z.object({
  items: z.array(z.object({ fileID: z.string(), url: z.string().min(1), mime: z.string() })),
})
