/**
 * The claim form as the person fills it (strings, unset choices), and how it becomes `claim.create`. The
 * checks, the checklist and the estimate are the core's: the create schema, claimChecklist, estimateReimbursement.
 */
import type { MaterialKind } from '@shared/policy/materials'
import type { PayeeKind } from '@shared/policy/payee'
import { profileFor } from '@shared/policy/profiles'
import type { CareType, FilingType, HospitalLevel, InsuranceType } from '@shared/policy/vocabulary'
import { fail, type Result } from '@shared/result'
import { type ChecklistItem, claimChecklist } from '@shared/rules/claim-checklist'
import { claimDateIssues } from '@shared/rules/claim-dates'
import { type Estimate, estimateReimbursement } from '@shared/rules/estimate'
import { type ClaimCreate, claimCreateSchema } from '@shared/schemas/claim.schema'
import { parseInput } from '@shared/schemas/parse'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { UploadItem } from '../../../../services/upload-types'

export interface ClaimForm {
  /** The filing the claim is for, when started from 我的备案: it already knows the person and the type. */
  filing?: { filingId: string; filingType: FilingType; label: string }
  name: string
  idNumber: string
  phone: string
  insuredRegion?: string
  insuranceType?: InsuranceType
  careType?: CareType
  /** An injury with no third party liable (外伤无第三方责任): asked where the profile uses the commitment. */
  injury: boolean
  hospitalName: string
  /** The directory row chosen for the hospital; cleared when the name is typed again (未核验). */
  hospitalCode?: string
  hospitalRegion?: string
  hospitalLevel?: `${HospitalLevel}`
  admissionDate?: string
  dischargeDate?: string
  totalCost: string
  /** Paper invoice numbers as typed, separated by spaces or commas: each may be reimbursed once. */
  invoiceNumbers: string
  /** 医疗收费电子票据, typed or read from their QR codes (absent in drafts kept before they were asked). */
  eInvoices?: EInvoiceForm[]
  payeeKind?: PayeeKind
  payeeBank: string
  payeeAccount: string
  uploads: Partial<Record<MaterialKind, UploadItem[]>>
}

export interface EInvoiceForm {
  code: string
  number: string
  checkCode: string
  issuedOn?: string
  amount?: string
}

export const emptyEInvoice = (): EInvoiceForm => ({ code: '', number: '', checkCode: '' })

export const emptyClaimForm = (insuredRegion?: string): ClaimForm => ({
  name: '',
  idNumber: '',
  phone: '',
  insuredRegion,
  injury: false,
  hospitalName: '',
  totalCost: '',
  invoiceNumbers: '',
  payeeBank: '',
  payeeAccount: '',
  uploads: {},
})

/** What a filing already says: the person's name, where and how they are insured, where they went. */
export const fromFiling = (form: ClaimForm, filing: FilingView, label: string): ClaimForm => ({
  ...form,
  filing: { filingId: filing.filingId, filingType: filing.filingType, label },
  name: form.name || filing.insured.name,
  insuredRegion: filing.insuredRegion.code,
  insuranceType: filing.insuranceType,
  hospitalRegion: form.hospitalRegion ?? filing.destination.code,
})

/** What the person typed, as the number the server checks: "-500" stays negative so it is refused, not flipped. */
const amount = (text: string) =>
  text.trim() === '' ? undefined : Number(text.trim().replace(/[,，\s]/g, ''))

const paperInvoicesOf = (text: string) =>
  text
    .split(/[\s,，、;；]+/)
    .filter(Boolean)
    .map((number) => ({ kind: 'paper' as const, number }))

const invoicesOf = (form: ClaimForm) => [
  ...paperInvoicesOf(form.invoiceNumbers),
  ...(form.eInvoices ?? []).map((invoice) => ({
    kind: 'electronic' as const,
    code: invoice.code.trim(),
    number: invoice.number.trim(),
    checkCode: invoice.checkCode.trim(),
    issuedOn: invoice.issuedOn,
    amount: amount(invoice.amount ?? ''),
  })),
]

/** Where an e-invoice sits in the `invoices` the server checks (paper numbers first): its errors' path. */
export const eInvoiceIndex = (form: ClaimForm, index: number) =>
  paperInvoicesOf(form.invoiceNumbers).length + index

/** The paper numbers' own error: one at an index before the first e-invoice. */
export const paperInvoiceError = (form: ClaimForm, errors: Record<string, string>) =>
  errors.invoices ??
  Object.entries(errors).find(
    ([path]) => /^invoices\.\d+/.test(path) && Number(path.split('.')[1]) < eInvoiceIndex(form, 0),
  )?.[1]

export const uploadedMaterials = (form: ClaimForm) =>
  Object.entries(form.uploads).flatMap(([kind, items]) =>
    (items ?? []).flatMap((item) =>
      item.status === 'done' && item.fileID ? [{ kind: kind as MaterialKind, fileID: item.fileID }] : [],
    ),
  )

export const isUploading = (form: ClaimForm) =>
  Object.values(form.uploads).some((items) =>
    items?.some((item) => item.status === 'uploading' || item.status === 'preparing'),
  )

/** The `claim.create` event (before parsing). */
export const toCreateEvent = (form: ClaimForm, idempotencyKey: string) => ({
  insured: { name: form.name, idNumber: form.idNumber, phone: form.phone },
  insuredRegion: form.insuredRegion,
  insuranceType: form.insuranceType,
  ...(form.filing ? { filingId: form.filing.filingId } : {}),
  careType: form.careType,
  ...(form.injury && asksTraumaCommitment(form) ? { injury: true } : {}),
  hospital: {
    name: form.hospitalName,
    regionCode: form.hospitalRegion,
    ...(form.hospitalLevel ? { level: Number(form.hospitalLevel) } : {}),
    ...(form.hospitalCode ? { code: form.hospitalCode } : {}),
  },
  admissionDate: form.admissionDate,
  ...(form.dischargeDate ? { dischargeDate: form.dischargeDate } : {}),
  totalCost: amount(form.totalCost),
  ...(invoicesOf(form).length > 0 ? { invoices: invoicesOf(form) } : {}),
  payee: { kind: form.payeeKind, bankName: form.payeeBank, accountNumber: form.payeeAccount },
  idempotencyKey,
})

/** The core's checks, the schema's and the dates against today, all at once so every field at fault is named. */
export const parseClaim = (form: ClaimForm, idempotencyKey: string, today: string): Result<ClaimCreate> => {
  const parsed = parseInput(claimCreateSchema, toCreateEvent(form, idempotencyKey))
  const dateIssues =
    form.careType && form.admissionDate
      ? claimDateIssues(
          { careType: form.careType, admissionDate: form.admissionDate, dischargeDate: form.dischargeDate },
          today,
        )
      : []
  const issues = [...(parsed.ok ? [] : (parsed.error.issues ?? [])), ...dateIssues]
  if (issues.length === 0 && parsed.ok) return parsed
  if (!parsed.ok && issues.length === 0) return parsed
  return fail({ code: 'VALIDATION', message: issues[0].message, path: issues[0].path, issues })
}

/** Errors still true after a change: a fixed field loses its red line at once, no new ones appear while typing. */
export const errorsStillTrue = (
  shown: Record<string, string>,
  form: ClaimForm,
  idempotencyKey: string,
  today: string,
): Record<string, string> => {
  if (Object.keys(shown).length === 0) return shown
  const parsed = parseClaim(form, idempotencyKey, today)
  const now = parsed.ok ? {} : errorsOf(parsed.error)
  return Object.fromEntries(Object.keys(shown).flatMap((path) => (now[path] ? [[path, now[path]]] : [])))
}

/** The profile's list for this case and region, once both are known. */
export const checklistOf = (form: ClaimForm): ChecklistItem[] =>
  form.insuredRegion && form.careType
    ? claimChecklist(form.insuredRegion, form.careType, form.injury).materials
    : []

/** Whether the insured region's profile uses the 外伤无第三方责任承诺书, so the form asks about an injury. */
export const asksTraumaCommitment = (form: Pick<ClaimForm, 'insuredRegion'>): boolean =>
  Boolean(form.insuredRegion && profileFor(form.insuredRegion).traumaCommitment)

/** What would come back, as the server will compute it, once the facts it needs are filled in. */
export const estimateOf = (form: ClaimForm): Estimate | undefined => {
  const totalCost = amount(form.totalCost)
  if (!form.insuredRegion || !form.insuranceType || !form.careType) return undefined
  if (totalCost === undefined || !Number.isFinite(totalCost) || totalCost < 0) return undefined
  return estimateReimbursement({
    insuredRegion: form.insuredRegion,
    insuranceType: form.insuranceType,
    careType: form.careType,
    filed: form.filing !== undefined,
    filingType: form.filing?.filingType,
    hospitalLevel: form.hospitalLevel ? (Number(form.hospitalLevel) as HospitalLevel) : undefined,
    totalCost,
  })
}

/** Field errors by path, as the sections look them up ('insured.idNumber', 'hospital.name' …). */
export const errorsOf = (error: {
  path?: string
  message: string
  issues?: { path: string; message: string }[]
}) => {
  const errors: Record<string, string> = {}
  for (const issue of error.issues ?? []) errors[issue.path] ??= issue.message
  if (error.path) errors[error.path] ??= error.message
  return errors
}
