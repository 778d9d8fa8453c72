/**
 * The text of a 医疗收费电子票据's QR code, as the fields of the claim form. Two forms are read:
 * - the verification link printed on the invoice, its fields as query parameters
 *   (`…?billcode=36010121&billno=0000000001&random=a1b2c3&total=800.00&date=20260410`);
 * - comma-separated fields, code first (`36010121,0000000001,a1b2c3,20260410,800.00`).
 * Anything else is not guessed at: the person types the fields from the invoice.
 */
export interface EInvoiceFields {
  code: string
  number: string
  checkCode: string
  issuedOn?: string
  amount?: string
}

const PARAMETER_NAMES: Record<keyof EInvoiceFields, readonly string[]> = {
  code: ['billcode', 'einvoicecode', 'code', 'pjdm'],
  number: ['billno', 'billnum', 'einvoicenumber', 'number', 'pjhm'],
  checkCode: ['random', 'checkcode', 'jym'],
  issuedOn: ['date', 'issuedate', 'billdate', 'kprq'],
  amount: ['total', 'totalamount', 'amount', 'je'],
}

/** 20260410 or 2026-04-10 → 2026-04-10. */
const isoDateOf = (text?: string) => {
  const digits = (text ?? '').replace(/-/g, '')
  return /^\d{8}$/.test(digits) ? `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}` : undefined
}

const amountOf = (text?: string) => (text && /^\d+(\.\d{1,2})?$/.test(text) ? text : undefined)

const complete = (fields: Partial<Record<keyof EInvoiceFields, string>>): EInvoiceFields | undefined => {
  if (!/^\d{8}$/.test(fields.code ?? '') || !/^\d{10}$/.test(fields.number ?? '')) return undefined
  if (!/^[A-Za-z0-9]{6}$/.test(fields.checkCode ?? '')) return undefined
  const issuedOn = isoDateOf(fields.issuedOn)
  const amount = amountOf(fields.amount)
  return {
    code: fields.code as string,
    number: fields.number as string,
    checkCode: fields.checkCode as string,
    ...(issuedOn ? { issuedOn } : {}),
    ...(amount ? { amount } : {}),
  }
}

const fromQuery = (text: string) => {
  const query = text.slice(text.indexOf('?') + 1)
  const pairs = new Map(
    query.split('&').map((pair) => {
      const [name, value = ''] = pair.split('=')
      return [name.toLowerCase(), decodeURIComponent(value)] as const
    }),
  )
  const pick = (field: keyof EInvoiceFields) =>
    PARAMETER_NAMES[field].map((name) => pairs.get(name)).find((value) => value !== undefined)
  return complete({
    code: pick('code'),
    number: pick('number'),
    checkCode: pick('checkCode'),
    issuedOn: pick('issuedOn'),
    amount: pick('amount'),
  })
}

const fromCommas = (text: string) => {
  const [code, number, checkCode, issuedOn, amount] = text.split(/[,，]/).map((part) => part.trim())
  return complete({ code, number, checkCode, issuedOn, amount })
}

export const parseEInvoiceQr = (text: string): EInvoiceFields | undefined => {
  const trimmed = text.trim()
  try {
    return trimmed.includes('?') ? fromQuery(trimmed) : fromCommas(trimmed)
  } catch {
    return undefined
  }
}
