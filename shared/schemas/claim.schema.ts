import { CARE_TYPES, FILING_TYPES, HOSPITAL_LEVELS, INSURANCE_TYPES } from '../policy/vocabulary'
import '../zod-jitless'
import { z } from 'zod'
import { claimAmountProblem } from '../rules/claim-amounts'
import { invoicesField, payeeSchema } from './claim-money.schema'
import { choice, idempotencyKey, isoDate, money, recordId, regionCode, requiredText } from './fields'
import { attachedMaterialSchema, insuredPersonSchema } from './filing.schema'

const hospitalLevel = z.literal(HOSPITAL_LEVELS, { error: '医院级别应为一级、二级或三级' })

const estimateFields = {
  insuredRegion: regionCode('参保地'),
  insuranceType: choice('参保类型', INSURANCE_TYPES),
  careType: choice('就医类型', CARE_TYPES),
  filed: z.boolean({ error: '请选择是否已办理异地就医备案' }),
  filingType: choice('备案类型', FILING_TYPES).optional(),
  hospitalLevel: hospitalLevel.optional(),
  totalCost: money('医疗费用总额'),
  eligibleCost: money('医保范围内费用').optional(),
}

type Check<T> = [(input: T) => boolean, { error: string; path: string[] }]

const eligibleWithinTotal: Check<{ totalCost: number; eligibleCost?: number }> = [
  (input: { totalCost: number; eligibleCost?: number }) =>
    input.eligibleCost === undefined || input.eligibleCost <= input.totalCost,
  { error: '医保范围内费用不能大于医疗费用总额', path: ['eligibleCost'] },
]

const claimId = recordId('报销编号')

const claimCreateFields = {
  insured: insuredPersonSchema,
  insuredRegion: regionCode('参保地'),
  insuranceType: choice('参保类型', INSURANCE_TYPES),
  filingId: recordId('备案编号').optional(),
  careType: choice('就医类型', CARE_TYPES),
  /** Costs of an injury the person says nobody else caused (外伤无第三方责任). */
  injury: z.boolean({ error: '请选择是否为无第三方责任的外伤' }).optional(),
  hospital: z.object(
    {
      name: requiredText('医院名称', 100),
      regionCode: regionCode('医院所在地'),
      level: hospitalLevel.optional(),
      /** The directory row the person chose; without it the hospital is as typed (未核验). */
      code: z.string().trim().max(40).optional(),
    },
    { error: '请填写就诊医院' },
  ),
  admissionDate: isoDate('就诊（入院）日期'),
  dischargeDate: isoDate('出院日期').optional(),
  totalCost: money('医疗费用总额'),
  eligibleCost: money('医保范围内费用').optional(),
  /** Where the fund pays; may also be given at submit, and changed until a decision. */
  payee: payeeSchema.optional(),
  invoices: invoicesField.optional(),
  idempotencyKey: idempotencyKey(),
}

/** The bound's own message (which names the care type and the limit) rather than a generic one. */
const withAmountMessage = <T extends z.ZodType<{ careType: (typeof CARE_TYPES)[number]; totalCost: number }>>(
  schema: T,
) =>
  schema.superRefine((claim, context) => {
    const problem = claimAmountProblem(claim.careType, claim.totalCost)
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['totalCost'] })
  })

const dischargeAfterAdmission: Check<{ admissionDate: string; dischargeDate?: string }> = [
  (claim: { admissionDate: string; dischargeDate?: string }) =>
    claim.dischargeDate === undefined || claim.dischargeDate >= claim.admissionDate,
  { error: '出院日期不能早于入院日期', path: ['dischargeDate'] },
]

export const claimCreateSchema = withAmountMessage(
  z
    .object(claimCreateFields)
    .refine(...dischargeAfterAdmission)
    .refine(...eligibleWithinTotal),
)

export const claimEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('checklist'),
      insuredRegion: regionCode('参保地'),
      careType: choice('就医类型', CARE_TYPES),
      injury: z.boolean({ error: '请选择是否为无第三方责任的外伤' }).optional(),
    }),
    z.object({ action: z.literal('estimate'), ...estimateFields }).refine(...eligibleWithinTotal),
    withAmountMessage(
      z
        .object({ action: z.literal('create'), ...claimCreateFields })
        .refine(...dischargeAfterAdmission)
        .refine(...eligibleWithinTotal),
    ),
    z
      .object({
        action: z.literal('attach'),
        claimId,
        materials: z.array(attachedMaterialSchema).max(30).default([]),
        invoices: invoicesField.optional(),
      })
      .refine((event) => event.materials.length > 0 || (event.invoices?.length ?? 0) > 0, {
        error: '请上传至少一份材料',
        path: ['materials'],
      }),
    z.object({ action: z.literal('submit'), claimId, payee: payeeSchema.optional() }),
    z.object({ action: z.literal('payee'), claimId, payee: payeeSchema }),
    /** The designated-hospital directory, by place and name (pinyin initials too). */
    z.object({
      action: z.literal('hospitals'),
      region: regionCode('地区').optional(),
      q: z.string({ error: '搜索词须为文字' }).trim().max(30, { error: '搜索词不能超过 30 个字' }).optional(),
      level: hospitalLevel.optional(),
    }),
    z.object({ action: z.literal('withdraw'), claimId }),
    z.object({ action: z.literal('list') }),
    z.object({ action: z.literal('get'), claimId }),
  ],
  { error: '不支持的操作' },
)
export type ClaimCreate = z.infer<typeof claimCreateSchema>
