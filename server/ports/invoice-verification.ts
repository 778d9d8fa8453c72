/** A 医疗收费电子票据 as the verification service is asked about it (济宁 七: e-invoices in online reimbursement). */
export interface InvoiceQuery {
  code: string
  number: string
  checkCode: string
  issuedOn: string
  amount: number
}

/**
 * The service's word on one e-invoice. `refused`: it answered and the invoice does not hold (not found, check code
 * or amount wrong, already reimbursed, voided), with the reason a reviewer reads. `unavailable`: it did not answer
 * (timeout, 5xx, its own error code): the claim goes on, marked for a reviewer. `recorded`: no service was asked
 * (the embedded adapter), only the format was checked.
 */
export type InvoiceVerdict =
  | { outcome: 'verified' }
  | { outcome: 'recorded' }
  | { outcome: 'refused'; reason: string }
  | { outcome: 'unavailable'; reason: string }

export interface InvoiceVerification {
  verify(invoice: InvoiceQuery): Promise<InvoiceVerdict>
}
