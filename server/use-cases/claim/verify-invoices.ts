import type { Invoice } from '@shared/schemas/claim-money.schema'
import type { CheckedInvoice } from '@shared/schemas/invoice-check.schema'
import type { Call } from '../call'

/**
 * Each e-invoice asked of the verification service once, as it is attached. The verdict is kept with the
 * invoice: a refusal flags the claim for the reviewer with the reason, and an outage neither blocks the claim
 * nor passes the invoice.
 */
export const checkInvoices = (call: Call, invoices: readonly Invoice[]): Promise<CheckedInvoice[]> =>
  Promise.all(
    invoices.map(async (invoice) => {
      if (invoice.kind !== 'electronic') return invoice
      const verdict = await call.ports.invoiceVerification.verify(invoice)
      return { ...invoice, verification: { ...verdict, at: call.at } }
    }),
  )
