import '../zod-jitless'
import { z } from 'zod'
import { NOTIFICATION_KINDS } from '../policy/vocabulary'
import { recordId } from './fields'
import { fileEvents } from './files.schema'
import { myDataEvents } from './my-data.schema'

/** Who the caller is to the app: never who they say they are (identity comes from the platform). */
export const accountEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('whoami') }),
    z.object({ action: z.literal('notifications') }),
    z.object({
      action: z.literal('markRead'),
      ids: z.array(recordId('消息编号')).min(1, { error: '请选择要标记已读的消息' }).max(100),
    }),
    /** The kinds whose subscription messages the person just accepted in WeChat's dialog. */
    z.object({
      action: z.literal('subscribed'),
      accepted: z
        .array(z.enum(NOTIFICATION_KINDS, { error: '未知的消息类型' }))
        .min(1, { error: '请选择订阅的消息' })
        .max(NOTIFICATION_KINDS.length),
    }),
    ...myDataEvents,
    ...fileEvents,
  ],
  { error: '不支持的操作' },
)
