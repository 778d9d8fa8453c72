import type { InvoiceVerification } from '../../ports/invoice-verification'
import { embeddedInvoiceVerification } from './embedded'
import { httpInvoiceVerification } from './http'

type Env = Record<string, string | undefined>

const DEFAULT_TIMEOUT_MS = 5_000

/** INVOICE_VERIFY=embedded (default) or http, with the service's URL, key and timeout (README). */
export const invoiceVerificationFromEnv = (env: Env): InvoiceVerification => {
  const kind = env.INVOICE_VERIFY ?? 'embedded'
  if (kind === 'embedded') return embeddedInvoiceVerification()
  if (kind !== 'http') throw new Error(`INVOICE_VERIFY must be embedded or http, not "${kind}"`)
  if (!env.INVOICE_VERIFY_URL) throw new Error('INVOICE_VERIFY=http needs INVOICE_VERIFY_URL')
  if (!env.INVOICE_VERIFY_KEY) throw new Error('INVOICE_VERIFY=http needs INVOICE_VERIFY_KEY')
  const timeoutMs = Number(env.INVOICE_VERIFY_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error('INVOICE_VERIFY_TIMEOUT_MS must be a positive number of milliseconds')
  return httpInvoiceVerification({ url: env.INVOICE_VERIFY_URL, key: env.INVOICE_VERIFY_KEY, timeoutMs })
}
