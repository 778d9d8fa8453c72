import { sourceSchema } from '../schemas/source.schema'
import '../zod-jitless'
import { z } from 'zod'
import { MATERIAL_KINDS, type MaterialKind } from './materials'
import { CARE_TYPES, FILING_TYPES, INSURANCE_TYPES } from './vocabulary'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/** A statement of a notice shown beside a value, with the clause that makes it. */
const remarkSchema = z.object({ text: z.string().min(1), source: sourceSchema })

/**
 * Every rule row carries the clause it comes from; `illustrative` marks numbers no notice gives. A row whose local
 * value a later rule overrides holds the value in force and, in `supersedes`, the local one, since when and why.
 */
const rule = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    source: sourceSchema,
    illustrative: z.boolean().optional(),
    /** The clause gives the number as an upper bound (不超过): it is shown and applied as the most it can be. */
    ceiling: z.boolean().optional(),
    /** The clause gives the number as a lower bound (不少于): it is applied as the least it can be, and said to be. */
    floor: z.boolean().optional(),
    /**
     * The upper bound `source` gives, where the value is an example below it rather than the bound itself (吉林:
     * change at any time, within the national 不超过6个月).
     */
    bound: value.optional(),
    /** Whom or when the clause covers, in its own terms, where that is narrower than the row (跨省, 拟赴…的两类人员). */
    scope: z.string().min(1).optional(),
    /** What the person's own notice says on the same point where the value comes from elsewhere (吉 二(二)). */
    remark: remarkSchema.optional(),
    supersedes: z.object({ value, source: sourceSchema, since: isoDate, why: z.string().min(1) }).optional(),
  })

const materialKind = z.enum(MATERIAL_KINDS as [MaterialKind, ...MaterialKind[]])

const requiredMaterialSchema = z.object({
  kind: materialKind,
  replaceableByCommitment: z.boolean(),
  supplyLater: z.boolean(),
  /** The clause that names the material. */
  source: sourceSchema,
  /** Where a commitment replacing it is stated, when another clause than `source` says so. */
  commitmentSource: sourceSchema.optional(),
  /** Where supplying it later is stated, when another clause than `source` says so, and for whom. */
  supplyLaterSource: sourceSchema.optional(),
  supplyLaterScope: z.string().min(1).optional(),
})

const changeLockSchema = z.union([
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('months'),
    months: z.number().int().positive(),
    /** 'after_costs': the lock applies only once medical costs were incurred at the filed place (济宁 四(一)). */
    condition: z.enum(['always', 'after_costs']),
  }),
])

const filingTypeRuleSchema = z
  .object({
    /** null: long-term valid / no validity limit. */
    validityMonths: rule(z.number().int().positive().nullable()),
    /**
     * How many days before the filing day the start date may lie; null: no limit; 'admission': back to the actual
     * admission date and no further (赣 四 “根据实际入院时间妥善办理备案”).
     */
    backdateDays: rule(z.union([z.number().int().nonnegative(), z.literal('admission')]).nullable()),
    /** Where this type's target (the pooling region) is stated, when the profile's citation does not cover it. */
    targetSource: sourceSchema.optional(),
    materials: z.array(requiredMaterialSchema),
    /**
     * What the notice says about the filing's papers beyond the list: the clause that asks for none, the form's own
     * fields (赣 附件1), the referral's conditions (鄂 二(三)). A type without materials must say where that comes from.
     */
    materialsNote: rule(z.string().min(1)).optional(),
    /**
     * Present when some material may be supplied after filing (承诺补充). `source` is the clause of the mechanism and
     * its effect; `illustrative` says the deadline is an example (no held clause gives a number of days).
     */
    supplement: rule(
      z.object({
        effective: z.enum(['on_submit', 'on_supplement']),
        deadlineDays: z.number().int().positive(),
        /** Who sets the effect time when the mechanism's clause does not (赣 二 says nothing of it: a service rule). */
        effectiveSource: sourceSchema.optional(),
      }),
    ).nullable(),
    /** The change/cancel lock; for 跨省 filings `crossProvince.changeLock` where that differs. */
    changeLock: rule(changeLockSchema),
    /** 变更登记 allowed in a calendar year; null: no cap (吉 二(二) lifted the cap of 2). Absent: the notice is silent. */
    changesPerYear: rule(z.number().int().positive().nullable()).optional(),
    suspendsHomeSettlement: rule(z.boolean()),
    /**
     * Rows that differ for 跨省 filings, where a national rule over 跨省 filings replaces the local value (赣州:
     * 医保发〔2022〕22号 over 一(四)); a row absent here: the type's own covers every filing.
     */
    crossProvince: z
      .object({
        changeLock: rule(changeLockSchema).optional(),
        suspendsHomeSettlement: rule(z.boolean()).optional(),
      })
      .optional(),
    settlementLimit: rule(
      z.object({
        outpatient: z.number().int().positive(),
        inpatient: z.number().int().positive(),
        exception: z.string(),
      }),
    ).nullable(),
    /** Points the direct-settlement ratio is lowered against treatment at home (`ceiling`: at most). */
    ratioReductionPoints: rule(z.number().int().min(0).max(100)),
  })
  .refine((type) => type.materials.length > 0 || type.materialsNote !== undefined, {
    message: 'a type that asks for no material says which clause or service rule says so',
  })

const byLevel = z.object({ 1: z.number(), 2: z.number(), 3: z.number() })
const byInsurance = <T extends z.ZodType>(value: T) =>
  z.object(
    Object.fromEntries(INSURANCE_TYPES.map((type) => [type, value])) as Record<
      (typeof INSURANCE_TYPES)[number],
      T
    >,
  )

const ratio = z.number().min(0).max(1)

const reimbursementSchema = z.object({
  inpatientDeductible: rule(byInsurance(byLevel)),
  outpatientDeductible: rule(byInsurance(z.number().nonnegative())),
  baseRatio: rule(byInsurance(z.object({ 1: ratio, 2: ratio, 3: ratio }))),
  cap: rule(byInsurance(z.number().positive())),
  /**
   * Reduction when the person did not file (and did not file afterwards): percentage points off the ratio, or a
   * percent of it (赣 三(二) “在…报账比例的基础上下降 10%”).
   */
  unfiledReduction: rule(
    z.object({ amount: z.number().int().min(0).max(100), unit: z.enum(['points', 'percent']) }),
  ),
  unfiledEmergencyExempt: rule(z.boolean()),
})

/** Where each rule every profile applies is stated for that profile's people (own notice, 22号, or 参照). */
const citationsSchema = z.object({
  /** A filing goes to the treatment place's pooling region, never to one hospital. */
  target: sourceSchema,
  /** Payment scope of the treatment place; deductible, ratio and cap of the insured region. */
  catalogue: sourceSchema,
  /**
   * Where the own notice sets another payment scope for care inside the province (粤 一: 全省统一医疗保险支付范围):
   * a 省内 filing's card says that instead.
   */
  catalogueInsideProvince: remarkSchema.optional(),
  /** Filed before the discharge settlement: the stay settles directly. */
  beforeDischarge: sourceSchema,
  /** Admitted inside the validity, or the start date between admission and discharge: the stay settles. */
  stayWithinValidity: sourceSchema,
  /** Self-paid, filed afterwards: manual reimbursement. */
  manualAfterwards: sourceSchema,
  /** The letter of commitment (承诺制) that replaces proofs. */
  commitment: sourceSchema,
})

/** What the service takes in place of a material's upload, in words a person reads, with the rule that says so. */
export const standInSchema = z.object({
  by: z.enum(['verified_e_invoice']),
  text: z.string().min(1),
  source: sourceSchema,
})

const checklistItemSchema = z.object({
  kind: materialKind,
  required: z.boolean(),
  source: sourceSchema,
  standIn: standInSchema.optional(),
})

export const profileSchema = z.object({
  id: z.string().regex(/^[a-z]+-\d{4}$/),
  name: z.string().min(1),
  /** Insured-region code prefixes this profile governs; empty for the national fallback. */
  regionPrefixes: z.array(z.string().regex(/^\d{2,6}$/)),
  offeredTypesSource: sourceSchema,
  types: z.partialRecord(z.enum(FILING_TYPES), filingTypeRuleSchema),
  maxAheadDays: rule(z.number().int().nonnegative()),
  /** Filing after admission registers from the actual admission date (赣州 四). */
  startsFromAdmission: rule(z.boolean()),
  homeBenefits: rule(z.string().min(1)),
  /** The region's own printed filing form, where its notice prescribes one; null: the generic national-field form. */
  printedForm: rule(z.string().min(1)).nullable(),
  /** 外伤无第三方责任承诺书: signed on the phone for the hospital, and asked for in an injury claim; null: not used. */
  traumaCommitment: rule(z.literal(true)).nullable(),
  /** What an emergency without a filing means for this profile's people. */
  emergencyUnfiled: rule(z.string().min(1)),
  citations: citationsSchema,
  /** Outpatient, pharmacy and chronic/special-disease outpatient costs settled directly where filed. */
  outpatient: rule(
    z.object({
      direct: z.boolean(),
      personalAccount: z.boolean(),
      chronicDiseases: z.array(z.string().min(1)),
    }),
  ).nullable(),
  reimbursement: reimbursementSchema,
  checklist: z.object(
    Object.fromEntries(CARE_TYPES.map((care) => [care, z.array(checklistItemSchema)])) as Record<
      (typeof CARE_TYPES)[number],
      z.ZodArray<typeof checklistItemSchema>
    >,
  ),
})

export type Profile = z.infer<typeof profileSchema>
export type FilingTypeRule = z.infer<typeof filingTypeRuleSchema>
export type Citations = z.infer<typeof citationsSchema>
export type RequiredMaterial = z.infer<typeof requiredMaterialSchema>
export type StandIn = z.infer<typeof standInSchema>
