import { type EstimateInput, estimateReimbursement } from '@shared/rules/estimate'
import { verifiedInvoiceTotal } from '@shared/rules/verified-invoices'
import type { CheckedInvoice } from '@shared/schemas/invoice-check.schema'

/** The claim's estimate, on its verified e-invoices' total when every invoice is one (else the typed total). */
export const claimEstimate = (basis: EstimateInput, invoices: readonly CheckedInvoice[]) => {
  const invoiced = verifiedInvoiceTotal(invoices)
  return estimateReimbursement({ ...basis, ...(invoiced ? { invoiced } : {}) })
}
