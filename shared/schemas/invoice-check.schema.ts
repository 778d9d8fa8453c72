/** What the e-invoice verification service said about an invoice on a claim, kept with the invoice. */
import '../zod-jitless'
import { z } from 'zod'
import { type Invoice, invoiceSchema } from './claim-money.schema'

/** verified: the service confirmed it; recorded: only its format was checked; refused / unavailable: see reason. */
export const INVOICE_CHECK_OUTCOMES = ['verified', 'recorded', 'refused', 'unavailable'] as const

export const invoiceCheckSchema = z.object({
  outcome: z.enum(INVOICE_CHECK_OUTCOMES),
  reason: z.string().optional(),
  at: z.string(),
})
export type InvoiceCheck = z.infer<typeof invoiceCheckSchema>

export const checkedInvoiceSchema = invoiceSchema.and(
  z.object({ verification: invoiceCheckSchema.optional() }),
)
export type CheckedInvoice = Invoice & { verification?: InvoiceCheck }

/** How a person and a reviewer read the check. */
const INVOICE_CHECK_WORDS: Record<InvoiceCheck['outcome'], string> = {
  verified: '查验通过',
  recorded: '已记录（未联网查验）',
  refused: '查验未通过',
  unavailable: '暂未能查验，由经办机构人工核对',
}

/** 纸质票据 0012345 / 电子票据 36010121-0000000001，800.00 元（查验未通过：该票据已报销入账…）. */
export const invoiceWords = (invoice: CheckedInvoice): string => {
  if (invoice.kind === 'paper') return `纸质票据 ${invoice.number}`
  const check = invoice.verification
  const said = check
    ? `（${INVOICE_CHECK_WORDS[check.outcome]}${check.outcome === 'refused' && check.reason ? `：${check.reason}` : ''}）`
    : ''
  return `电子票据 ${invoice.code}-${invoice.number}，${invoice.amount.toFixed(2)} 元${said}`
}
