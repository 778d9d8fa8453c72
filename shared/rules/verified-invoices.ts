/** What an e-invoice the agency's verification service confirmed stands for: read from the issuer's record. */
interface CheckedInvoiceFacts {
  kind: string
  amount?: number
  verification?: { outcome: string }
}

export const isVerifiedInvoice = (invoice: CheckedInvoiceFacts): boolean =>
  invoice.kind === 'electronic' && invoice.verification?.outcome === 'verified'

/**
 * The claim's cost as the issuers recorded it: the total of its e-invoices, when every invoice on the claim is one
 * the service confirmed. A paper or unconfirmed invoice leaves the cost to the person's own figure.
 */
export const verifiedInvoiceTotal = (
  invoices: readonly CheckedInvoiceFacts[],
): { amount: number; count: number } | undefined => {
  if (invoices.length === 0 || !invoices.every(isVerifiedInvoice)) return undefined
  const cents = invoices.reduce((sum, invoice) => sum + Math.round((invoice.amount ?? 0) * 100), 0)
  return { amount: cents / 100, count: invoices.length }
}
