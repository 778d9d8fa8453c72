/**
 * What each action answers, as zod schemas: the one declaration of every view. The server's views are typed
 * from them, the app's client is typed by them (type-only imports, no bytes on the phone), and the tests hold
 * the server to them. Objects are not strict — the contract lets fields be added, never renamed.
 */
import { COMMITMENT_IDS } from '../policy/commitments'
import { PAYEE_KINDS } from '../policy/payee'
import { standInSchema } from '../policy/profile.schema'
import {
  CARE_TYPES,
  CLAIM_STATUSES,
  FAQ_QUESTION_STATUSES,
  FILING_STATUSES,
  FILING_TYPES,
  HOSPITAL_LEVELS,
  INSURANCE_TYPES,
  NOTIFICATION_KINDS,
  REGISTRATION_STATUSES,
  RELATIONS,
  REVIEW_STATES,
} from '../policy/vocabulary'
import { ERROR_CODES, POLICY_RULES } from '../result'
import { ROUTES, type Route } from '../routes'
import type { ChecklistItem } from '../rules/claim-checklist'
import type { ClaimFlag } from '../rules/claim-flags'
import type { StayCoverage } from '../rules/coverage'
import type { Estimate } from '../rules/estimate'
import type { CoverageReason, HospitalCoverage } from '../rules/hospital-coverage'
import type { Notice } from '../rules/notices'
import type { FilingQuote } from '../rules/quote.types'
import '../zod-jitless'
import { z } from 'zod'
import { hospitalSchema } from '../hospitals/hospital.schema'
import { fileLinksSchema, uploadedSchema } from './files.schema'
import { attachedMaterialSchema, materialKind } from './filing.schema'
import { checkedInvoiceSchema } from './invoice-check.schema'
import { lineNoteSchema } from './line-notes.schema'
import { erasedSchema, myDataSchema } from './my-data.schema'
import { sourceSchema } from './source.schema'

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const regionRef = z.object({ code: z.string().regex(/^\d{6}$/), name: z.string().min(1) })
const targetSchema = z.object({ level: z.enum(['province', 'city']), code: z.string(), name: z.string() })
const noticeSchema = z.object({
  code: z.string(),
  text: z.string().min(1),
  source: sourceSchema,
}) satisfies z.ZodType<Notice>
const historyEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  by: z.string(),
  /** The staff member who acted, when `by` is staff. */
  staffId: z.string().optional(),
  note: z.string().optional(),
})
export type HistoryEntry = z.infer<typeof historyEntrySchema>
const labelledKind = z.object({ kind: materialKind, label: z.string().min(1) })
/** The record's revision: staff send back the one they saw, so a decision on a changed record is refused. */
const version = z.number().int().positive()
const hospitalLevel = z.literal(HOSPITAL_LEVELS)

/** After submit only the masked number travels: four characters, ten stars, four characters. */
export const maskedIdNumber = z.string().regex(/^[\dX]{4}\*{10}[\dX]{4}$/)
const insuredView = z.object({ name: z.string(), idNumberMasked: maskedIdNumber })

export const quoteSchema = z.object({
  profile: z.string(),
  profileName: z.string(),
  filingType: z.enum(FILING_TYPES),
  target: targetSchema,
  validFrom: date,
  validUntil: date.nullable(),
  earliestStart: date.nullable(),
  latestStart: date,
  effectiveOnSubmit: z.boolean(),
  supplementDeadline: date.nullable(),
  requiredMaterials: z.array(
    labelledKind.extend({
      replaceableByCommitment: z.boolean(),
      supplyLater: z.boolean(),
      source: sourceSchema,
    }),
  ),
  outstandingMaterials: z.array(materialKind),
  commitments: z.array(
    z.object({
      id: z.enum(COMMITMENT_IDS),
      title: z.string(),
      text: z.string(),
      source: sourceSchema,
    }),
  ),
  notices: z.array(noticeSchema),
  /** filing.quote on the server: the person's active filings this one would overlap (identical first). */
  existing: z
    .array(
      z.object({
        filingId: z.string().min(1),
        filingType: z.enum(FILING_TYPES),
        targetName: z.string(),
        validFrom: date,
        validUntil: date.nullable(),
        identical: z.boolean(),
        text: z.string().min(1),
      }),
    )
    .optional(),
}) satisfies z.ZodType<FilingQuote>

/** Where the filing stands on the 医保信息平台: direct settlement at the destination needs `registered`. */
export const registrationSchema = z.object({
  status: z.enum(REGISTRATION_STATUSES),
  /** The platform's registration number, once it has one. */
  number: z.string().optional(),
  /** When the platform registered it (or its last change). */
  at: z.string().optional(),
  /** The platform's reason for a refusal, naming the field when it said which. */
  reason: z.string().optional(),
  field: z.string().optional(),
})

/** The Filing of the contract: the full ID number never leaves the server after submit. */
export const filingViewSchema = z.object({
  filingId: z.string().min(1),
  status: z.enum(FILING_STATUSES),
  filingType: z.enum(FILING_TYPES),
  insured: insuredView,
  relation: z.enum(RELATIONS),
  insuredRegion: regionRef,
  insuranceType: z.enum(INSURANCE_TYPES),
  profile: z.string(),
  destination: regionRef,
  target: targetSchema,
  validFrom: date,
  validUntil: date.nullable(),
  supplementDeadline: date.nullable(),
  outstandingMaterials: z.array(labelledKind),
  materials: z.array(attachedMaterialSchema),
  notices: z.array(noticeSchema),
  /** Where staff stand on supplemented materials. */
  review: z.enum(REVIEW_STATES),
  /** The insured person reported it as not theirs; staff will look at it. */
  reported: z.boolean().optional(),
  registration: registrationSchema,
  history: z.array(historyEntrySchema),
  createdAt: z.string(),
  version,
  /** In a verified person's list: made for their ID number by another account (a proxy, or someone unauthorised). */
  filedByOther: z.boolean().optional(),
})
export type FilingView = z.infer<typeof filingViewSchema>

const materialCount = z.number().int().nonnegative()

/** A filing in a list: who, what and where it stands; materials, notices and history only when opened. */
export const filingSummarySchema = filingViewSchema
  .pick({
    filingId: true,
    status: true,
    filingType: true,
    insured: true,
    relation: true,
    insuredRegion: true,
    target: true,
    validFrom: true,
    validUntil: true,
    supplementDeadline: true,
    review: true,
    createdAt: true,
    version: true,
  })
  .extend({ materialCount })
export type FilingSummary = z.infer<typeof filingSummarySchema>

/** A filing in its owner's own list: the summary, what is still owed (home shows it), and who made it. */
const ownFilingSummarySchema = filingSummarySchema.extend({
  outstandingMaterials: filingViewSchema.shape.outstandingMaterials,
  filedByOther: filingViewSchema.shape.filedByOther,
})
export type OwnFilingSummary = z.infer<typeof ownFilingSummarySchema>

export const coverageSchema = z.object({
  directSettlement: z.boolean(),
  reason: z.string().min(1),
  source: sourceSchema,
}) satisfies z.ZodType<StayCoverage>

const coverageReasonSchema = z.object({
  topic: z.enum(['filing', 'care', 'place', 'hospital']),
  holds: z.boolean().nullable(),
  text: z.string().min(1),
  source: sourceSchema,
  asOf: date.optional(),
}) satisfies z.ZodType<CoverageReason>

/** filing.coverage: the stay's answer (the fields above) with the hospital and each reason it rests on. */
const hospitalCoverageSchema = coverageSchema.extend({
  answer: z.enum(['yes', 'no', 'unknown']),
  next: z.string().min(1).optional(),
  hospital: z.object({ name: z.string().min(1), code: z.string().optional(), listed: z.boolean() }),
  scope: z.enum(['provincial', 'crossProvince']),
  reasons: z.array(coverageReasonSchema).min(1),
}) satisfies z.ZodType<HospitalCoverage>

export const checklistSchema = z.object({
  materials: z.array(
    labelledKind.extend({
      required: z.boolean(),
      source: sourceSchema,
      standIn: standInSchema.optional(),
    }) satisfies z.ZodType<ChecklistItem>,
  ),
})

export const estimateSchema = z.object({
  profile: z.string(),
  hospitalLevel,
  eligibleCost: z.number().nonnegative(),
  deductible: z.number().nonnegative(),
  ratio: z.number().min(0).max(1),
  reductionPoints: z.number().int().min(0).max(100),
  reduction: z.string().min(1).optional(),
  reductionYuan: z.number().nonnegative(),
  cap: z.number().positive(),
  fundPays: z.number().nonnegative(),
  selfPays: z.number().nonnegative(),
  lines: z.array(z.object({ text: z.string().min(1), source: sourceSchema })).min(1),
  illustrative: z.boolean(),
  costFrom: z.enum(['typed', 'verified_invoices']).optional(),
}) satisfies z.ZodType<Estimate>

export const claimViewSchema = z.object({
  claimId: z.string().min(1),
  status: z.enum(CLAIM_STATUSES),
  insured: insuredView,
  insuredRegion: regionRef,
  insuranceType: z.enum(INSURANCE_TYPES),
  filingId: z.string().nullable(),
  careType: z.enum(CARE_TYPES),
  injury: z.boolean(),
  hospital: z.object({
    name: z.string(),
    regionCode: z.string(),
    level: hospitalLevel.optional(),
    code: z.string().optional(),
    /** Found in the designated-hospital directory by its code; false: typed by the person, 未核验. */
    listed: z.boolean().optional(),
  }),
  admissionDate: date,
  dischargeDate: date.nullable(),
  totalCost: z.number().nonnegative(),
  estimate: estimateSchema,
  materials: z.array(attachedMaterialSchema),
  missingMaterials: z.array(labelledKind),
  history: z.array(historyEntrySchema),
  createdAt: z.string(),
  version,
  /** In a verified person's list: made for their ID number by another account (a proxy, or someone unauthorised). */
  filedByOther: z.boolean().optional(),
  /** Where the fund pays: only the last four digits of the account ever travel. */
  payee: z
    .object({
      kind: z.enum(PAYEE_KINDS),
      bankName: z.string(),
      holder: z.string(),
      accountMasked: z.string().regex(/^\*{4} \*{4} \d{4}$/),
    })
    .nullable(),
  invoices: z.array(checkedInvoiceSchema),
  /** Why the estimate is what it is (a filing that did not cover the stay …), each with its clause. */
  notices: z.array(noticeSchema),
  approval: z
    .object({ approvedAmount: z.number().positive(), note: z.string().optional(), at: z.string() })
    .nullable(),
  /** The reviewer's reason beside single materials (by fileID) and estimate lines (by index). */
  lineNotes: z.array(lineNoteSchema),
  payment: z
    .object({
      paidAmount: z.number().positive(),
      paidAt: date,
      reference: z.string().min(1),
      note: z.string().optional(),
    })
    .nullable(),
  /** For staff only: what to look at twice, and why. */
  flags: z
    .array(
      z.object({
        code: z.enum([
          'AMOUNT_ABOVE_USUAL',
          'LONG_STAY',
          'OLD_TREATMENT',
          'OUTSIDE_FILING',
          'INVOICES_DIFFER',
          'HOSPITAL_UNLISTED',
          'INVOICE_NOT_VERIFIED',
        ]),
        text: z.string().min(1),
      }) satisfies z.ZodType<ClaimFlag>,
    )
    .optional(),
})
export type ClaimView = z.infer<typeof claimViewSchema>

/** A claim in a list: materials, estimate and history only when opened. */
export const claimSummarySchema = claimViewSchema
  .pick({
    claimId: true,
    status: true,
    insured: true,
    insuredRegion: true,
    careType: true,
    injury: true,
    hospital: true,
    admissionDate: true,
    dischargeDate: true,
    totalCost: true,
    createdAt: true,
    version: true,
    flags: true,
  })
  .extend({ materialCount })
export type ClaimSummary = z.infer<typeof claimSummarySchema>

/** A claim in its owner's own list: the summary without the staff's flags. */
const ownClaimSummarySchema = claimSummarySchema
  .omit({ flags: true })
  .extend({ filedByOther: claimViewSchema.shape.filedByOther })
export type OwnClaimSummary = z.infer<typeof ownClaimSummarySchema>

const faqHitSchema = z.object({
  id: z.string(),
  question: z.string(),
  answer: z.string(),
  sources: z.array(sourceSchema).min(1),
  score: z.number(),
  /** The app's page that answers the question for the person's own case. */
  see: z
    .object({ label: z.string().min(1), route: z.enum(Object.keys(ROUTES) as [Route, ...Route[]]) })
    .optional(),
})

/** A question sent to the agency from the FAQ, as staff see it (the asker's openid is not shown). */
export const faqQuestionViewSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  /** What the person searched for before asking. */
  q: z.string().optional(),
  insuredRegion: z.string().regex(/^\d{6}$/),
  status: z.enum(FAQ_QUESTION_STATUSES),
  askedAt: z.string(),
  answer: z.string().optional(),
  answeredAt: z.string().optional(),
  /** The entries the search finds closest to the question: what staff may make it an alias of. */
  candidates: z.array(z.object({ id: z.string().min(1), question: z.string().min(1) })).optional(),
})
export type FaqQuestionView = z.infer<typeof faqQuestionViewSchema>

/** What staff added to the FAQ since the release; the app searches with it (shared/faq/additions.ts). */
export const faqAdditionsSchema = z.object({
  version: z.string(),
  aliases: z.array(z.object({ entryId: z.string().min(1), text: z.string().min(1) })),
  entries: z.array(
    z.object({
      id: z.string().min(1),
      question: z.string().min(1),
      keywords: z.array(z.string()),
      answer: z.string().min(1),
      sources: z.array(sourceSchema).min(1),
    }),
  ),
})

/** One Shanghai week (Monday first) of FAQ searches that found no certain answer and of 没帮助 votes. */
const faqWeekSchema = z.object({
  weekStart: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  misses: z.number().int().min(0),
  unhelpful: z.number().int().min(0),
})

/** A message of the caller's own 消息 list: never the ID number or a diagnosis, only what changed. */
export const notificationViewSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(NOTIFICATION_KINDS),
  recordId: z.string().min(1),
  title: z.string().min(1),
  status: z.string(),
  note: z.string().optional(),
  deadline: date.optional(),
  /** What to do next, naming the record (hospital, dates, amount, number). */
  next: z.string().optional(),
  createdAt: z.string(),
  read: z.boolean(),
})
export type NotificationView = z.infer<typeof notificationViewSchema>
const unread = z.number().int().nonnegative()

const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) })
const empty = z.object({})

/** A registration (or a claim's report) staff must act on: refused by the platform, or dead-lettered. */
export const registrationItemSchema = z.object({
  msgid: z.string().min(1),
  /** The filing it registers, or for a claim's report the claim. */
  filingId: z.string().min(1).optional(),
  claimId: z.string().min(1).optional(),
  operation: z.enum(['register', 'change', 'cancel', 'void', 'report']),
  state: z.enum(['refused', 'dead', 'queued', 'delivered']),
  attempts: z.number().int().nonnegative(),
  reason: z.string(),
  field: z.string().optional(),
  note: z.string().optional(),
  createdAt: z.string(),
  insured: insuredView,
  destination: regionRef,
})
export type RegistrationItem = z.infer<typeof registrationItemSchema>

/** The staff form: the annex-1 fields, with the ID number masked. */
const filingFormSchema = z.looseObject({
  title: z.string(),
  filingId: z.string(),
  /** The notice that prescribes the form, or the service rule for the generic one. */
  basis: sourceSchema,
  /** Said under the title of the generic form: it is not the region's prescribed form. */
  note: z.string().optional(),
  姓名: z.string(),
  身份证号: maskedIdNumber,
  备案类型: z.string(),
  参保类型: z.string(),
  申请备案生效时间: date,
})
export type FilingForm = z.infer<typeof filingFormSchema>

/** Each action's `data`, by `<function>.<action>`. */
/** Who the account is verified as (实名认证); `development` means no face check happens (local runtime, tests). */
const identityStatusSchema = z.object({
  verified: z.boolean(),
  name: z.string().optional(),
  idNumberMasked: z.string().optional(),
  verifiedAt: z.string().optional(),
  method: z.enum(['wechat_face', 'development']),
})

/** One 代办 authorisation as either side sees it (亲情账户 or recorded by staff); never an openid in full. */
const authorisationViewSchema = z.object({
  authorisationId: z.string(),
  status: z.enum(['invited', 'active', 'ended']),
  via: z.enum(['family', 'staff']),
  insured: z.object({ name: z.string(), idNumberMasked: maskedIdNumber }),
  /** The invitation code, to the inviter only, while it is open. */
  code: z.string().optional(),
  proxyMasked: z.string().optional(),
  proxyName: z.string().optional(),
  createdAt: z.string(),
  expiresAt: z.string().optional(),
})
export type AuthorisationView = z.infer<typeof authorisationViewSchema>

export const RESPONSE_SCHEMAS = {
  'filing.quote': quoteSchema,
  'filing.submit': filingViewSchema,
  'filing.list': items(ownFilingSummarySchema),
  'filing.get': filingViewSchema,
  'filing.supplement': filingViewSchema,
  'filing.change': filingViewSchema,
  'filing.cancel': filingViewSchema,
  'filing.coverage': hospitalCoverageSchema,
  'filing.lookup': z.object({
    /** `unavailable`: the platform did not answer; the person may go on, registration checks again. */
    outcome: z.enum(['insured', 'not_insured', 'unavailable']),
    insuredRegion: regionRef.optional(),
    insuranceType: z.enum(INSURANCE_TYPES).optional(),
    filings: z.array(
      z.object({
        number: z.string(),
        destination: regionRef,
        filingType: z.enum(FILING_TYPES).optional(),
        validFrom: z.string(),
        validUntil: z.string().nullable(),
        /** One of the caller's own filings here: the app links to it. */
        filingId: z.string().optional(),
      }),
    ),
    message: z.string().optional(),
  }),
  'claim.checklist': checklistSchema,
  'claim.estimate': estimateSchema,
  'claim.create': claimViewSchema,
  'claim.attach': claimViewSchema,
  'claim.submit': claimViewSchema,
  'claim.withdraw': claimViewSchema,
  'claim.list': items(ownClaimSummarySchema),
  'claim.get': claimViewSchema,
  'claim.payee': claimViewSchema,
  'claim.hospitals': z.object({ items: z.array(hospitalSchema), sample: z.boolean() }),
  'staff.import_hospitals': z.object({ imported: z.number().int().positive() }),
  'faq.search': items(faqHitSchema).extend({
    /** The first item is a certain answer; false: the items are only 可能相关 and the page says so. */
    confident: z.boolean().optional(),
    suggestions: z.array(z.string()).optional(),
    hotline: z.string().optional(),
  }),
  'faq.hot': items(faqHitSchema),
  'faq.feedback': empty,
  'faq.ask': z.object({ id: z.string().min(1), status: z.enum(FAQ_QUESTION_STATUSES) }),
  'staff.faq_questions': items(faqQuestionViewSchema),
  'staff.faq_answer': faqQuestionViewSchema,
  'staff.faq_alias': faqQuestionViewSchema,
  'staff.faq_draft': faqQuestionViewSchema.extend({ entryId: z.string().min(1) }),
  'staff.faq_weekly': items(faqWeekSchema),
  'faq.additions': faqAdditionsSchema,
  'faq.missed': empty,
  'staff.queue': items(z.union([filingSummarySchema, claimSummarySchema])).extend({
    /** Present while more may follow: pass it back as `cursor` for the next page. */
    nextCursor: z.string().optional(),
  }),
  'staff.decide': z.union([filingViewSchema, claimViewSchema]),
  'staff.form': filingFormSchema,
  'staff.registrations': items(registrationItemSchema),
  'staff.retry_registration': registrationItemSchema,
  'staff.note_registration': registrationItemSchema,
  'identity.status': identityStatusSchema,
  'identity.verify': identityStatusSchema,
  'identity.invite': authorisationViewSchema,
  'identity.accept': authorisationViewSchema,
  'identity.members': z.object({
    granted: z.array(authorisationViewSchema),
    received: z.array(authorisationViewSchema),
  }),
  'identity.end': authorisationViewSchema,
  'account.whoami': z.object({
    /** The phone uploads into this folder of cloud storage; the functions accept fileIDs under it only. */
    uploadPrefix: z.string().regex(/^uploads\/[A-Za-z0-9_-]+\/$/),
    staff: z.boolean(),
  }),
  'account.notifications': items(notificationViewSchema).extend({ unread }),
  'account.markRead': z.object({ unread }),
  /** How many more WeChat messages of each kind the caller agreed to (one per acceptance of a one-time template). */
  'account.subscribed': z.object({
    consents: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.number().int().min(0)),
  }),
  'account.my_data': myDataSchema,
  'account.erase': erasedSchema,
  'account.upload': uploadedSchema,
  'account.file_urls': fileLinksSchema,
} as const

export type ResponseKey = keyof typeof RESPONSE_SCHEMAS
export type ResponseOf<K extends ResponseKey> = z.infer<(typeof RESPONSE_SCHEMAS)[K]>

const errorCode = z.union([
  z.enum(ERROR_CODES),
  z.enum(POLICY_RULES.map((rule) => `POLICY.${rule}` as const)),
])

/** The envelope every function answers with; errors carry a stable code and a Chinese message. */
export const errorEnvelopeSchema = z
  .object({
    ok: z.literal(false),
    error: z.object({
      code: errorCode,
      message: z.string().regex(/[\u4e00-\u9fff]/),
      path: z.string().optional(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      source: sourceSchema.optional(),
    }),
  })
  .refine((envelope) => !envelope.error.code.startsWith('POLICY.') || envelope.error.source !== undefined, {
    error: 'a POLICY refusal carries the clause it comes from',
    path: ['error', 'source'],
  })

export const envelopeSchema = (key: ResponseKey) =>
  z.union([z.object({ ok: z.literal(true), data: RESPONSE_SCHEMAS[key] }), errorEnvelopeSchema])
