import '../zod-jitless'
import { z } from 'zod'
import { idNumber, personName, recordId, requiredText } from './fields'

/** Who the caller is, proved by the platform's face check (or the development adapter), and whom they act for. */
export const identityEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('status') }),
    z.object({
      action: z.literal('verify'),
      name: personName(),
      idNumber: idNumber(),
      /** `verify_result` of the platform face check (startFacialRecognitionVerify); the development adapter needs none. */
      verifyResult: z.string().trim().min(1).max(512).optional(),
    }),
    /** The verified insured person invites a family member to file for them (亲情账户). */
    z.object({ action: z.literal('invite') }),
    z.object({
      action: z.literal('accept'),
      code: z
        .string({ error: '请填写邀请码' })
        .trim()
        .transform((code) => code.replace(/\s+/g, ''))
        .pipe(z.string().regex(/^[A-F0-9]{12}$/i, { error: '邀请码应为 12 位字母或数字' }))
        .transform((code) => code.toUpperCase()),
    }),
    z.object({ action: z.literal('members') }),
    z.object({ action: z.literal('end'), authorisationId: recordId('授权编号') }),
  ],
  { error: '不支持的操作' },
)

/** Staff at a 窗口 or 服务站 checked the insured person's documents and record whom they authorise. */
export const staffAuthoriseSchema = z.object({
  action: z.literal('authorise'),
  insured: z.object({ name: personName('参保人姓名'), idNumber: idNumber('参保人身份证号') }),
  proxy: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '代办人账户编号不正确' }),
  note: requiredText('授权说明', 200),
})
