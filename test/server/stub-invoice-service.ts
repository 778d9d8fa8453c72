import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the stub answers: as a service that works, answers 503, says it is busy (9999), or hangs past any timeout. */
export type InvoiceStubMode = 'up' | 'down' | 'busy' | 'hang'

interface HeldInvoice {
  checkCode: string
  issueDate: string
  totalAmount: string
  status: 'normal' | 'reimbursed' | 'voided'
}

const body = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = ''
    request.on('data', (chunk) => {
      text += chunk
    })
    request.on('end', () => resolve(text))
  })

/**
 * An e-invoice verification service as docs/integration.md describes it, on a free loopback port: POST the
 * invoice's code, number, check code, date and amount with the key in X-Api-Key; `code` "0000" with the
 * invoice it holds (amount, status normal / reimbursed / voided), 1001 unknown invoice, 1002 wrong check code,
 * 1003 wrong date, 2001 wrong key, 9999 busy; it can also be down (503) or hang.
 */
export const startStubInvoiceService = async (key: string) => {
  let mode: InvoiceStubMode = 'up'
  const invoices = new Map<string, HeldInvoice>()
  const received: Record<string, string>[] = []
  const server = createServer(async (request, response) => {
    const text = await body(request)
    if (mode === 'hang') return
    const answer = (status: number, json: object) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(json))
    }
    if (mode === 'down') return answer(503, { message: 'service unavailable' })
    if (mode === 'busy') return answer(200, { code: '9999', message: '系统繁忙，请稍后再试' })
    if (request.headers['x-api-key'] !== key) return answer(200, { code: '2001', message: '接入密钥无效' })
    const query = JSON.parse(text) as Record<string, string>
    received.push(query)
    const held = invoices.get(`${query.einvoiceCode}:${query.einvoiceNumber}`)
    if (!held) return answer(200, { code: '1001', message: '票据不存在' })
    if (held.checkCode !== query.checkCode) return answer(200, { code: '1002', message: '校验码错误' })
    if (held.issueDate !== query.issueDate) return answer(200, { code: '1003', message: '开票日期错误' })
    return answer(200, {
      code: '0000',
      message: '查验成功',
      data: { einvoiceCode: query.einvoiceCode, einvoiceNumber: query.einvoiceNumber, ...held },
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/einvoice/verify`,
    received,
    issue: (code: string, number: string, invoice: HeldInvoice) => invoices.set(`${code}:${number}`, invoice),
    setMode: (next: InvoiceStubMode) => {
      mode = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
export type StubInvoiceService = Awaited<ReturnType<typeof startStubInvoiceService>>
