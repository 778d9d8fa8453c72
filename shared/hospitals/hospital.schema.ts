/** A row of the designated-hospital directory (定点医药机构), as an agency loads it and the app reads it. */
import '../zod-jitless'
import { z } from 'zod'
import { isoDate, regionCode, requiredText } from '../schemas/fields'

export const HOSPITAL_KINDS = ['general', 'specialty', 'pharmacy'] as const

/** true, false, or null when the source does not say (shown as 未知, never guessed). */
const networked = z.boolean({ error: '联网状态应为 是、否 或 未知（留空）' }).nullable()
const scopes = z.object({ inpatient: networked, outpatient: networked, chronic: networked })

export const hospitalSchema = z.object({
  code: z
    .string({ error: '请填写机构编码' })
    .trim()
    .regex(/^[A-Za-z0-9_-]{2,40}$/, { error: '机构编码应为 2 至 40 位字母、数字、- 或 _' }),
  name: requiredText('机构名称', 60),
  regionCode: regionCode('所在地区'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.null()], {
    error: '医院级别应为 1、2、3 或留空',
  }),
  kind: z.enum(HOSPITAL_KINDS, { error: '机构类别应为 综合、专科 或 药店' }),
  /** Networked for direct settlement within the province, and across provinces. */
  provincial: scopes,
  crossProvince: scopes,
  source: z.object({ doc: requiredText('来源文件', 100), clause: requiredText('来源条款', 60) }),
  asOf: isoDate('来源日期'),
  /** A row made up to show the product, not taken from any list. */
  illustrative: z.boolean(),
})
export type Hospital = z.infer<typeof hospitalSchema>
