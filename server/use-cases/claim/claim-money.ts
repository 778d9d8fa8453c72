import { maskAccount } from '@shared/policy/payee'
import { fail, ok, type Result } from '@shared/result'
import { type Invoice, invoiceKey, type Payee } from '@shared/schemas/claim-money.schema'
import type { PayeeRecord } from '../../ports/claims'
import type { Call } from '../call'

/** From here on the account number exists only sealed, like an ID number; every view shows its last four digits. */
export const sealPayee = (call: Call, payee: Payee, holder: string): PayeeRecord => ({
  kind: payee.kind,
  bankName: payee.bankName,
  holder,
  accountSealed: call.ports.idNumbers.seal(payee.accountNumber).sealed,
  accountMasked: maskAccount(payee.accountNumber),
})

/** An invoice may be reimbursed once: held by this claim, or refused without saying whose claim holds it. */
export const holdInvoices = async (
  call: Call,
  claimId: string,
  invoices: readonly Invoice[],
): Promise<Result<string[]>> => {
  const keys = [...new Set(invoices.map(invoiceKey))]
  if (keys.length === 0) return ok(keys)
  if ((await call.ports.claims.holdInvoices(claimId, keys, call.at)) === 'held') return ok(keys)
  return fail({
    code: 'DUPLICATE_INVOICE',
    message:
      '这张票据已用于另一笔报销申请（已提交或已支付），同一张票据不能重复报销。请核对票据号码；如有疑问请联系经办机构',
    path: 'invoices',
  })
}

/** Invoices the record does not hold yet (attaching the same one twice to one claim is not a duplicate). */
export const newInvoices = (held: readonly Invoice[], added: readonly Invoice[]) => {
  const have = new Set(held.map(invoiceKey))
  return added.filter((invoice) => !have.has(invoiceKey(invoice)))
}
