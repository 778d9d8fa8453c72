import { hospitalSchema } from '../hospitals/hospital.schema'
import { MATERIAL_KINDS, type MaterialKind } from '../policy/materials'
import { DIRECT_CARE_KINDS, FILING_TYPES, INSURANCE_TYPES, RELATIONS } from '../policy/vocabulary'
import '../zod-jitless'
import { z } from 'zod'
import {
  choice,
  fileId,
  idempotencyKey,
  idNumber,
  isoDate,
  mobile,
  optionalText,
  personName,
  recordId,
  regionCode,
  requiredText,
} from './fields'

export const materialKind = z.enum(MATERIAL_KINDS as [MaterialKind, ...MaterialKind[]], {
  error: '材料类型不正确',
})

export const attachedMaterialSchema = z.object({ kind: materialKind, fileID: fileId('材料文件') })
export type AttachedMaterial = z.infer<typeof attachedMaterialSchema>

export const insuredPersonSchema = z.object(
  { name: personName('参保人姓名'), idNumber: idNumber('参保人身份证号'), phone: mobile('联系电话') },
  { error: '请填写参保人信息' },
)
export type InsuredPerson = z.output<typeof insuredPersonSchema>

export const filingDraftSchema = z.object({
  insured: insuredPersonSchema,
  relation: choice('与参保人的关系', RELATIONS),
  /** 代办: the family member filing (not the insured person), to be reached while it is handled. */
  agent: z
    .object({ name: personName('代办人姓名'), phone: mobile('代办人手机号') }, { error: '请填写代办人信息' })
    .optional(),
  insuredRegion: regionCode('参保地'),
  insuranceType: choice('参保类型', INSURANCE_TYPES),
  filingType: choice('备案类型', FILING_TYPES),
  destination: regionCode('就医地'),
  startDate: isoDate('备案开始日期'),
  admissionDate: isoDate('入院日期').optional(),
  commitment: z.object(
    {
      accepted: z.boolean({ error: '请阅读并确认承诺书' }),
      supplementLater: z.boolean().optional(),
      /** 代办: the filer confirms the family member agreed. */
      proxyConsent: z.boolean().optional(),
      signatureFileID: fileId('手写签名').optional(),
    },
    { error: '请阅读并确认承诺书' },
  ),
  materials: z.array(attachedMaterialSchema).max(20, { error: '材料最多 20 份' }).optional(),
  referral: z
    .object({
      fromHospital: requiredText('转出医院', 100),
      diagnosis: requiredText('初步诊断', 200),
      summary: requiredText('病情摘要', 1000),
    })
    .optional(),
  emergency: z.object({ summary: requiredText('病情摘要', 1000) }).optional(),
  /**
   * 参保地 or 参保类型 set otherwise than the 医保信息平台 records them (filing.lookup): what the platform said and
   * the person's reason, kept in the filing's history for staff.
   */
  correction: z
    .object({
      reason: requiredText('更正原因', 200),
      insuredRegion: regionCode('平台登记的参保地').optional(),
      insuranceType: choice('平台登记的参保类型', INSURANCE_TYPES).optional(),
    })
    .optional(),
  contact: z
    .object({
      address: optionalText('通讯地址', 200),
      postcode: z
        .string()
        .regex(/^\d{6}$/, { error: '邮政编码应为 6 位数字' })
        .optional(),
      workUnit: optionalText('工作单位', 100),
      chronicDiseaseHospital: optionalText('门诊特殊慢性病定点医院', 100),
    })
    .optional(),
})
export type FilingDraft = z.infer<typeof filingDraftSchema>

/**
 * The draft as quote and submit take it: 为本人办理 from a verified account may leave out the ID number (the app
 * holds only the masked one); the server fills in the verified identity's. Any other relation needs it.
 */
export const filingRequestDraftSchema = filingDraftSchema.extend({
  insured: insuredPersonSchema.extend({ idNumber: idNumber('参保人身份证号').optional() }),
})
export type FilingRequestDraft = z.infer<typeof filingRequestDraftSchema>

const filingId = recordId('备案编号')

export const filingEventSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('quote'), draft: filingRequestDraftSchema }),
    z.object({
      action: z.literal('submit'),
      draft: filingRequestDraftSchema,
      idempotencyKey: idempotencyKey(),
    }),
    z.object({ action: z.literal('list') }),
    z.object({ action: z.literal('get'), filingId }),
    z.object({
      action: z.literal('supplement'),
      filingId,
      materials: z.array(attachedMaterialSchema).min(1, { error: '请上传至少一份材料' }).max(20),
    }),
    z.object({ action: z.literal('change'), filingId, destination: regionCode('新的就医地') }),
    z.object({ action: z.literal('cancel'), filingId, reason: requiredText('撤销原因', 200) }),
    /** The verified insured person says they did not make or authorise this filing: staff look at it. */
    z.object({ action: z.literal('report'), filingId, note: requiredText('情况说明', 500) }),
    z.object({
      action: z.literal('coverage'),
      filingId,
      admissionDate: isoDate('入院日期'),
      dischargeDate: isoDate('出院日期').optional(),
      /** Which hospital: a directory row by its code, or a name typed (未核验). */
      hospital: z.union(
        [z.object({ code: hospitalSchema.shape.code }), z.object({ name: requiredText('医院名称', 60) })],
        {
          error: '请选择或填写就诊医院',
        },
      ),
      care: choice('就医类别', DIRECT_CARE_KINDS).default('inpatient'),
    }),
    /**
     * The 医保信息平台's answer on the person before filing: insured or not, where, and 备案 it holds. Without
     * `insured`, the caller's verified identity.
     */
    z.object({
      action: z.literal('lookup'),
      insured: insuredPersonSchema.pick({ name: true, idNumber: true }).optional(),
    }),
  ],
  { error: '不支持的操作' },
)
export type FilingEvent = z.output<typeof filingEventSchema>
