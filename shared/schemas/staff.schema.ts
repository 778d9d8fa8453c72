import { CLAIM_STATUSES, FILING_STATUSES, RECORD_KINDS, STAFF_DECISIONS } from '../policy/vocabulary'
import '../zod-jitless'
import { z } from 'zod'
import { choice, optionalText, recordId, requiredText } from './fields'

const kind = choice('事项类型', RECORD_KINDS)

export const staffEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('queue'),
      kind,
      status: z.enum([...FILING_STATUSES, ...CLAIM_STATUSES], { error: '状态不正确' }).optional(),
    }),
    z
      .object({
        action: z.literal('decide'),
        kind,
        id: recordId('事项编号'),
        decision: choice('审核结论', STAFF_DECISIONS),
        note: optionalText('审核意见', 500),
        /** The record's version the reviewer saw: a record changed since is refused, not decided blind. */
        version: z.number({ error: '事项版本须为数字' }).int().positive().optional(),
      })
      .refine((event) => !['request_more', 'reject'].includes(event.decision) || Boolean(event.note), {
        error: '要求补充材料或驳回时，请填写审核意见告知申请人',
        path: ['note'],
      }),
    z.object({ action: z.literal('form'), filingId: recordId('备案编号') }),
    /** Questions people sent from the FAQ, oldest first; staff answer them into the person's 消息. */
    z.object({ action: z.literal('faq_questions') }),
    z.object({
      action: z.literal('faq_answer'),
      id: recordId('提问编号'),
      answer: requiredText('答复', 500).pipe(z.string().min(2, { error: '请填写答复内容' })),
    }),
    /** Registrations the 医保信息平台 refused or that could not be delivered: staff retry or note them. */
    z.object({ action: z.literal('registrations') }),
    z.object({ action: z.literal('retry_registration'), msgid: recordId('报文编号') }),
    z.object({
      action: z.literal('note_registration'),
      msgid: recordId('报文编号'),
      note: requiredText('处理备注', 500),
    }),
  ],
  { error: '不支持的操作' },
)
