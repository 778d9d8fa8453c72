import type { InvoiceVerification } from '../../ports/invoice-verification'

/**
 * `npm start` on one machine: the invoice's fields were checked by the claim schema (8-digit code, 10-digit
 * number, 6-character check code, date, amount); it is recorded as typed, and no one says it is verified.
 */
export const embeddedInvoiceVerification = (): InvoiceVerification => ({
  verify: async () => ({ outcome: 'recorded' }),
})
