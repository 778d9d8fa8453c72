import type { InvoiceQuery, InvoiceVerdict, InvoiceVerification } from '../../ports/invoice-verification'

export interface InvoiceServiceOptions {
  url: string
  key: string
  timeoutMs: number
}

/** The service's result codes (docs/integration.md, 电子票据查验). */
const REFUSALS: Record<string, string> = {
  '1001': '查无此票据，请核对票据代码和号码',
  '1002': '校验码与票据不符',
  '1003': '开票日期与票据不符',
}

/** Yuan compared to the fen, as the invoice prints them. */
const fen = (yuan: unknown) => Math.round(Number(yuan) * 100)

/**
 * The agency's e-invoice verification service over HTTP: one POST with the invoice's fields and the key in
 * `X-Api-Key`; `code` "0000" with the invoice as the service holds it, or a refusal code. A reply that is late,
 * not 2xx or not the protocol's shape, and the service's own failure codes, are `unavailable`, never a refusal.
 */
export const httpInvoiceVerification = (options: InvoiceServiceOptions): InvoiceVerification => ({
  async verify(invoice: InvoiceQuery): Promise<InvoiceVerdict> {
    let answer: { code?: unknown; message?: unknown; data?: Record<string, unknown> }
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json; charset=utf-8', 'X-Api-Key': options.key },
        body: JSON.stringify({
          einvoiceCode: invoice.code,
          einvoiceNumber: invoice.number,
          checkCode: invoice.checkCode,
          issueDate: invoice.issuedOn,
          totalAmount: invoice.amount.toFixed(2),
        }),
        signal: AbortSignal.timeout(options.timeoutMs),
      })
      if (!response.ok) return { outcome: 'unavailable', reason: `票据查验服务应答 HTTP ${response.status}` }
      answer = await response.json()
    } catch (error) {
      const timedOut = (error as { name?: string }).name === 'TimeoutError'
      return {
        outcome: 'unavailable',
        reason: timedOut ? `票据查验服务 ${options.timeoutMs} 毫秒内未应答` : '无法连接票据查验服务',
      }
    }
    const code = String(answer?.code ?? '')
    if (REFUSALS[code]) return { outcome: 'refused', reason: REFUSALS[code] }
    if (code !== '0000' || !answer.data)
      return {
        outcome: 'unavailable',
        reason: `票据查验服务未能查验（${code || '应答格式不正确'}${typeof answer?.message === 'string' ? `：${answer.message}` : ''}）`,
      }
    const held = answer.data
    if (held.status === 'reimbursed') return { outcome: 'refused', reason: '该票据已报销入账，不能重复报销' }
    if (held.status === 'voided') return { outcome: 'refused', reason: '该票据已作废（冲红）' }
    if (fen(held.totalAmount) !== fen(invoice.amount))
      return {
        outcome: 'refused',
        reason: `票据金额为 ${Number(held.totalAmount).toFixed(2)} 元，与填写的 ${invoice.amount.toFixed(2)} 元不一致`,
      }
    return { outcome: 'verified' }
  },
})
