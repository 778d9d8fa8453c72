import { FAQ_ALIAS_MAX } from '../faq/additions'
import { DOCUMENTS } from '../policy/sources'
import { CLAIM_STATUSES, FILING_STATUSES, RECORD_KINDS, STAFF_DECISIONS } from '../policy/vocabulary'
import { lineNotesField } from './line-notes.schema'
import '../zod-jitless'
import { z } from 'zod'
import { yuan } from './claim-money.schema'
import { choice, isoDate, optionalText, recordId, regionCode, requiredText } from './fields'
import { staffAuthoriseSchema } from './identity.schema'

const kind = choice('事项类型', RECORD_KINDS)

/** How many weeks of FAQ counts staff may ask for at once (default 8). */
export const FAQ_WEEKS_MAX = 26

/** A page of the staff queue: summaries only, so a page stays small whatever the records hold. */
export const QUEUE_PAGE = { size: 20, max: 50 } as const

export const staffEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('queue'),
      kind,
      status: z.enum([...FILING_STATUSES, ...CLAIM_STATUSES], { error: '状态不正确' }).optional(),
      /** Claims of people insured in this province, city or county (its code). */
      insuredRegion: regionCode('参保地').optional(),
      /** Claims waiting at least this many days since they were filed. */
      waitingDays: z.number({ error: '等待天数须为数字' }).int().min(0).max(3650).optional(),
      /** The previous page's `nextCursor`: the next page starts just past its last item. */
      cursor: z
        .string({ error: '翻页位置不正确，请从第一页重新加载' })
        .regex(/^[A-Za-z0-9_-]{1,400}$/, { error: '翻页位置不正确，请从第一页重新加载' })
        .optional(),
      limit: z
        .number({ error: '每页条数须为数字' })
        .int({ error: '每页条数须为整数' })
        .min(1, { error: '每页条数至少为 1' })
        .max(QUEUE_PAGE.max, { error: `每页条数不能超过 ${QUEUE_PAGE.max}` })
        .optional(),
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
        /** A claim's approval: what the fund pays, in yuan (may differ from the estimate, with the reason in `note`). */
        approvedAmount: yuan('核定支付金额').optional(),
        /** A claim's payment: what was paid, on which day, under which bank or treasury reference. */
        paidAmount: yuan('实际支付金额').optional(),
        paidAt: isoDate('支付日期').optional(),
        reference: optionalText('支付流水号', 64),
        /** A claim's materials and estimate lines marked one by one (需补充 / 不予报销), with a reason each. */
        lineNotes: lineNotesField.optional(),
      })
      .refine(
        (event) => !['request_more', 'reject', 'void'].includes(event.decision) || Boolean(event.note),
        {
          error: '要求补充材料、驳回或作废时，请填写审核意见告知申请人',
          path: ['note'],
        },
      )
      .superRefine((event, context) => {
        if (event.kind !== 'claim') return
        const required = (field: keyof typeof event, message: string) => {
          if (event[field] === undefined) context.addIssue({ code: 'custom', message, path: [field] })
        }
        if (event.decision === 'approve') required('approvedAmount', '审核通过时请填写核定支付金额（元）')
        if (event.decision === 'mark_paid') {
          required('paidAmount', '标记已支付时请填写实际支付金额（元）')
          required('paidAt', '标记已支付时请填写支付日期')
          required('reference', '标记已支付时请填写支付流水号')
        }
      }),
    z.object({ action: z.literal('form'), filingId: recordId('备案编号') }),
    staffAuthoriseSchema,
    /** The designated-hospital directory as a CSV file's text (columns in hospital-csv.ts). */
    z.object({
      action: z.literal('import_hospitals'),
      csv: z
        .string({ error: '请上传 CSV 文件内容' })
        .min(1, { error: '请上传 CSV 文件内容' })
        .max(5_000_000, { error: '文件过大（5 MB 以内）' }),
    }),
    /** Questions people sent from the FAQ, oldest first; staff answer them into the person's 消息. */
    z.object({ action: z.literal('faq_questions') }),
    z.object({
      action: z.literal('faq_answer'),
      id: recordId('提问编号'),
      answer: requiredText('答复', 500).pipe(z.string().min(2, { error: '请填写答复内容' })),
    }),
    /** The question becomes another wording of an existing entry (takes effect at once), and is answered with it. */
    z.object({
      action: z.literal('faq_alias'),
      id: recordId('提问编号'),
      entryId: recordId('问答条目'),
      text: requiredText('同义问法', FAQ_ALIAS_MAX).pipe(
        z.string().min(2, { error: '同义问法请至少写 2 个字' }),
      ),
    }),
    /** A new entry drafted from the question with its source clause (takes effect at once); the question is answered with it. */
    z.object({
      action: z.literal('faq_draft'),
      id: recordId('提问编号'),
      question: requiredText('问题', 40).pipe(z.string().min(4, { error: '问题请至少写 4 个字' })),
      answer: requiredText('答案', 180).pipe(z.string().min(10, { error: '答案请至少写 10 个字' })),
      doc: z.enum(Object.values(DOCUMENTS) as [string, ...string[]], { error: '请选择出处文件' }),
      clause: requiredText('条款', 40).pipe(z.string().min(1, { error: '请填写条款' })),
    }),
    /** Searches that found no certain answer and answers marked unhelpful, by Shanghai week (Monday first). */
    z.object({
      action: z.literal('faq_weekly'),
      weeks: z
        .number()
        .int()
        .min(1)
        .max(FAQ_WEEKS_MAX, { error: `最多查看 ${FAQ_WEEKS_MAX} 周` })
        .optional(),
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
