/**
 * Field builders: every message is Chinese and names the field, so a person knows what to fix.
 * The label is the name the form shows.
 */

import { idNumberProblem, normaliseIdNumber } from '../identity/id-number'
import { characterCount, isPersonName, NAME_LENGTH } from '../identity/person-name'
import { regionExists } from '../regions/regions'
import { isRealDate } from '../time/calendar'
import { TEXT_PROBLEM_MESSAGES, textProblem } from './text-safety'
import '../zod-jitless'
import { z } from 'zod'

const missingOr = (label: string, wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null || issue.input === '' ? `请填写${label}` : wrongType

/** Text as typed, checked: no control, direction-changing or broken characters (see text-safety). */
const safeText = (label: string, max: number) =>
  z
    .string({ error: missingOr(label, `${label}须为文字`) })
    .trim()
    .min(1, { error: `请填写${label}` })
    .superRefine((value, context) => {
      const problem = textProblem(value)
      if (problem) context.addIssue({ code: 'custom', message: TEXT_PROBLEM_MESSAGES[problem](label) })
    })
    .refine((value) => characterCount(value) <= max, { error: `${label}不能超过${max}个字` })
    .refine((value) => !/[<>]/.test(value), { error: `${label}不能包含 < 或 > 等符号` })

/** Free text is stored in Unicode NFC, so the same words typed on two phones are the same text. */
export const requiredText = (label: string, max = 200) =>
  safeText(label, max).transform((value) => value.normalize('NFC'))

export const optionalText = (label: string, max = 200) => requiredText(label, max).optional()

/** Names of people: Chinese (every CJK block) or Latin letters, with the middle dot of minority names. */
/** Not NFC: that would turn a compatibility ideograph a person is named with into its unified twin. */
export const personName = (label = '姓名') =>
  safeText(label, NAME_LENGTH.max).refine(isPersonName, {
    error: `${label}只能包含汉字、字母或间隔号，${NAME_LENGTH.min} 至 ${NAME_LENGTH.max} 个字`,
  })

const ID_MESSAGES = {
  length: '身份证号应为 18 位',
  characters: '身份证号只能包含数字，最后一位可以是 X',
  birth_date: '身份证号中的出生日期不存在',
  check_digit: '身份证号有一位不对（与身份证上的号码不一致），请逐位核对后重新输入',
} as const

export const idNumber = (label = '身份证号') =>
  z
    .string({ error: missingOr(label, `${label}须为文字`) })
    .trim()
    .min(1, { error: `请填写${label}` })
    .superRefine((value, context) => {
      const problem = idNumberProblem(value)
      if (problem)
        context.addIssue({ code: 'custom', message: ID_MESSAGES[problem].replace('身份证号', label) })
    })
    .transform(normaliseIdNumber)

/** As people paste it: '+86 139-0013-9000' is 13900139000. */
export const normaliseMobile = (value: string) =>
  value.replace(/[\s-]/g, '').replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '')

export const mobile = (label = '手机号') =>
  z
    .string({ error: missingOr(label, `${label}须为文字`) })
    .trim()
    .transform(normaliseMobile)
    .pipe(z.string().regex(/^1[3-9]\d{9}$/, { error: `${label}应为 11 位手机号码` }))

export const isoDate = (label: string) =>
  z
    .string({ error: missingOr(label, `请选择${label}`) })
    .refine(isRealDate, { error: `${label}不是日历上的日期，请重新选择` })

export const regionCode = (label: string) =>
  z
    .string({ error: missingOr(label, `${label}须为 6 位行政区划代码`) })
    .regex(/^\d{6}$/, { error: `${label}须为 6 位行政区划代码` })
    .refine(regionExists, { error: `${label}不存在，请重新选择` })

export const choice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `请选择${label}` })

export const money = (label: string) =>
  z
    .number({ error: missingOr(label, `${label}须为数字`) })
    .finite({ error: `${label}须为数字` })
    .min(0, { error: `${label}不能为负数` })
    .max(100_000_000, { error: `${label}金额过大，请核对` })

export const recordId = (label: string) =>
  z
    .string({ error: missingOr(label, `${label}缺失`) })
    .trim()
    .min(1, { error: `${label}缺失` })
    .max(64, { error: `${label}格式不正确` })
    .regex(/^[A-Za-z0-9_-]+$/, { error: `${label}格式不正确` })

export const idempotencyKey = () =>
  z
    .string({ error: '缺少请求编号（idempotencyKey），请刷新后重试' })
    .min(8, { error: '请求编号（idempotencyKey）至少 8 位' })
    .max(100, { error: '请求编号（idempotencyKey）过长' })

/** A fileID from the platform: CloudBase's cloud://… or the local runtime's id; paths are checked server-side. */
export const fileId = (label = '文件') =>
  z
    .string({ error: missingOr(label, `${label}标识无效`) })
    .min(1, { error: `请上传${label}` })
    .max(500, { error: `${label}标识无效` })
