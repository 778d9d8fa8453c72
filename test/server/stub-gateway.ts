import { createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the stub answers the next requests: as a platform that works, is down (503) or hangs past any timeout. */
export type StubMode = 'up' | 'down' | 'hang'

export interface StubEnvelope {
  infno: string
  msgid: string
  mdtrtarea_admdvs: string
  insuplc_admdvs: string
  opter_type: string
  opter: string
  inf_time: string
  infver: string
  input: { data: Record<string, string | number | undefined> }
}

interface Held {
  regno: string
  certno: string
  data: StubEnvelope['input']['data']
  active: boolean
}

/**
 * A 医保信息平台 as its interface specification describes it, on a free loopback port: it checks the HMAC
 * signature, answers `infcode` 0 with `output.regno` for a filing, refuses a person on `refuse` with the
 * field and reason, answers a repeated msgid with its first answer, and can be down or hang.
 */
export const startStubGateway = async (key: string) => {
  let mode: StubMode = 'up'
  let delayMs = 0
  let counter = 0
  const answers = new Map<string, unknown>()
  /** Every request that reached it, answered or not (a hang still counts). */
  const received: StubEnvelope[] = []
  const held = new Map<string, Held>()
  /** Insured persons by ID number; unknown numbers are not insured. */
  const insured = new Map<string, { insutype: string; insuplc_admdvs: string }>()
  /** ID numbers whose filings are refused, with the platform field and reason. */
  const refuse = new Map<string, { field: string; reason: string }>()
  const hanging: ServerResponse[] = []
  /** Claim decisions and payments reported (2601). */
  const reports: StubEnvelope['input']['data'][] = []

  const answer = (envelope: StubEnvelope) => {
    const data = envelope.input?.data ?? {}
    const certno = String(data.certno ?? '')
    if (envelope.infno === '1101') {
      const person = insured.get(certno)
      if (!person) return { infcode: -1, err_msg: '未查询到该人员的参保信息' }
      const filings = [...held.values()].filter((one) => one.certno === certno && one.active)
      return {
        infcode: 0,
        output: {
          baseinfo: { psn_name: data.psn_name, certno },
          insuinfo: [{ ...person, psn_insu_stas: '1' }],
          fil_info: filings.map((one) => ({ ...one.data, regno: one.regno })),
        },
      }
    }
    const refusal = refuse.get(certno)
    if (envelope.infno === '2601') {
      reports.push(data)
      return refusal ? { infcode: -1, err_msg: refusal.reason } : { infcode: 0, output: {} }
    }
    if (refusal) return { infcode: -1, err_msg: refusal.reason, output: { err_field: refusal.field } }
    if (envelope.infno === '2501') {
      const regno = `R${String(++counter).padStart(10, '0')}`
      held.set(regno, { regno, certno, data, active: true })
      return { infcode: 0, output: { regno } }
    }
    const regno = String(data.regno ?? '')
    const filing = held.get(regno)
    if (!filing) return { infcode: -1, err_msg: '备案登记号不存在', output: { err_field: 'regno' } }
    if (envelope.infno === '2503') filing.data = { ...filing.data, ...data }
    else filing.active = false
    return { infcode: 0, output: { regno } }
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const send = (status: number, value: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(value))
    }
    const signature = createHmac('sha256', key).update(body).digest('hex')
    if (request.headers['x-signature'] !== signature)
      return send(401, { infcode: -1, err_msg: '签名校验失败' })
    const envelope = JSON.parse(body) as StubEnvelope
    received.push(envelope)
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs))
    if (mode === 'down') return send(503, { message: 'Service Unavailable' })
    if (mode === 'hang') {
      hanging.push(response)
      return
    }
    if (!answers.has(envelope.msgid))
      answers.set(envelope.msgid, { ...answer(envelope), inf_refmsgid: envelope.msgid })
    send(200, answers.get(envelope.msgid))
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => response.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fsi/api`
  return {
    url,
    received,
    held,
    reports,
    insured,
    refuse,
    /** Answers this much later (the request is recorded at once): a kill can fall between answer and record. */
    setDelay: (ms: number) => {
      delayMs = ms
    },
    setMode: (next: StubMode) => {
      mode = next
      if (next !== 'hang') for (const response of hanging.splice(0)) response.destroy()
    },
    /** Distinct msgids it accepted a registration (2501) for, by our filing id. */
    registrationsByFiling: () => {
      const byFiling = new Map<string, Set<string>>()
      for (const envelope of received) {
        if (envelope.infno !== '2501' || !answers.has(envelope.msgid)) continue
        const filingId = String(envelope.input.data.dcla_sn)
        byFiling.set(filingId, (byFiling.get(filingId) ?? new Set()).add(envelope.msgid))
      }
      return byFiling
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging.splice(0)) response.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
export type StubGateway = Awaited<ReturnType<typeof startStubGateway>>
