import { RECORD_KINDS } from '../policy/vocabulary'
import '../zod-jitless'
import { z } from 'zod'
import { recordId } from './fields'

/** 我的数据: the caller's own records (no ID number at all), and how many uploads and messages they have. */
const myRecordSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  id: z.string(),
  title: z.string(),
  person: z.string(),
  /** The status as the person reads it (已撤销, 已支付 …). */
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  materials: z.number().int().min(0),
  /** Finished (ERASURE in policy/erasure): deletion may be asked for. */
  finished: z.boolean(),
  erasedAt: z.string().optional(),
})
export type MyRecord = z.infer<typeof myRecordSchema>

export const myDataSchema = z.object({
  records: z.array(myRecordSchema),
  uploads: z.object({ count: z.number().int().min(0), bytes: z.number().int().min(0) }),
  messages: z.object({ count: z.number().int().min(0), latestAt: z.string().optional() }),
})
export type MyData = z.infer<typeof myDataSchema>

export const erasedSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  id: z.string(),
  erasedAt: z.string(),
  filesRemoved: z.number().int().min(0),
})

/** The account actions of 我的数据 (kept apart from the rest of account.schema). */
export const myDataEvents = [
  z.object({ action: z.literal('my_data') }),
  z.object({
    action: z.literal('erase'),
    kind: z.enum(RECORD_KINDS, { error: '请选择要删除的是备案还是报销' }),
    id: recordId('记录编号'),
  }),
] as const
