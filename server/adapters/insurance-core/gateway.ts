import { createHmac } from 'node:crypto'
import type { Clock } from '../../ports/clock'
import type {
  ClaimReport,
  CoreAnswer,
  FilingMessage,
  InsuranceCore,
  InsuredAnswer,
  PlatformFiling,
} from '../../ports/insurance-core'
import type { GatewayConfig, MappedField } from './gateway-config'

export interface GatewayOptions {
  url: string
  key: string
  timeoutMs: number
  config: GatewayConfig
  clock: Clock
}

/** What our names of the fields mean to a person reading a refusal. */
const FIELD_LABELS: Partial<Record<MappedField, string>> = {
  name: '姓名',
  idNumber: '身份证号',
  phone: '联系电话',
  insuredRegion: '参保地',
  insuranceType: '参保类型',
  filingType: '备案类型',
  destination: '就医地',
  validFrom: '备案开始日期',
  validUntil: '备案结束日期',
}

/** yyyy-MM-dd HH:mm:ss in Beijing time, as the platform's inf_time is written. */
const beijingTime = (date: Date) =>
  new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')

/** The HMAC-SHA256 of the exact body bytes, hex: the platform checks it with the shared key. */
export const signBody = (key: string, body: string) => createHmac('sha256', key).update(body).digest('hex')

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], value)

type Answer = { infcode?: unknown; err_msg?: unknown } & Record<string, unknown>
type Exchange = { ok: true; answer: Answer } | { ok: false; reason: string }

/**
 * The 医保信息平台 over HTTP: one URL taking the common envelope (header fields, `input.data`) by POST,
 * signed; `infcode` 0 is success, anything else a refusal with `err_msg`. No answer in time, a 5xx or an
 * answer that is not the envelope is "unavailable": the outbox tries again with the same msgid.
 */
export const gatewayInsuranceCore = (options: GatewayOptions): InsuranceCore => {
  const { config } = options
  const name = (field: MappedField) => config.fields[field]
  const labelOf = (platformField: string) => {
    const ours = (Object.keys(config.fields) as MappedField[]).find((field) => name(field) === platformField)
    return (ours && FIELD_LABELS[ours]) ?? platformField
  }
  const data = (entries: [MappedField, unknown][]) =>
    Object.fromEntries(
      entries.filter(([, value]) => value !== undefined).map(([field, value]) => [name(field), value]),
    )

  const exchange = async (
    infno: string,
    msgid: string,
    regions: { destination: string; insured: string },
    input: Record<string, unknown>,
  ): Promise<Exchange> => {
    const body = JSON.stringify({
      infno,
      msgid,
      mdtrtarea_admdvs: regions.destination,
      insuplc_admdvs: regions.insured,
      recer_sys_code: 'YDJY',
      infver: config.infver,
      opter_type: config.opterType,
      opter: config.opter,
      opter_name: config.opterName,
      inf_time: beijingTime(options.clock.now()),
      signtype: 'HMAC-SHA256',
      input: { data: input },
    })
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          [config.signatureHeader]: signBody(options.key, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      })
      if (!response.ok) return { ok: false, reason: `医保信息平台应答 HTTP ${response.status}` }
      const answer = (await response.json()) as Answer
      if (typeof answer?.infcode !== 'number' && typeof answer?.infcode !== 'string')
        return { ok: false, reason: '医保信息平台应答格式不正确（无 infcode）' }
      return { ok: true, answer }
    } catch (error) {
      const timedOut = (error as { name?: string }).name === 'TimeoutError'
      return {
        ok: false,
        reason: timedOut
          ? `医保信息平台 ${options.timeoutMs} 毫秒内未应答`
          : `无法连接医保信息平台（${(error as Error).message}）`,
      }
    }
  }

  const settle = (exchanged: Exchange): CoreAnswer => {
    if (!exchanged.ok) return { outcome: 'unavailable', reason: exchanged.reason }
    const { answer } = exchanged
    if (Number(answer.infcode) === 0) {
      const number = at(answer, config.paths.number)
      return {
        outcome: 'accepted',
        ...(number ? { number: String(number) } : {}),
        at: options.clock.now().toISOString(),
      }
    }
    const message = typeof answer.err_msg === 'string' && answer.err_msg ? answer.err_msg : '未说明原因'
    const field = at(answer, config.paths.refusedField)
    if (typeof field !== 'string' || !field) return { outcome: 'refused', reason: message }
    return { outcome: 'refused', reason: `${labelOf(field)}：${message}`, field: labelOf(field) }
  }

  return {
    register: async (message: FilingMessage) =>
      settle(
        await exchange(
          config.codes[message.operation],
          message.msgid,
          { destination: message.destination, insured: message.insuredRegion },
          data([
            ['idType', '01'],
            ['idNumber', message.person.idNumber],
            ['name', message.person.name],
            ['phone', message.person.phone],
            ['insuredRegion', message.insuredRegion],
            ['insuranceType', config.insuranceTypeCodes[message.insuranceType]],
            ['filingType', config.filingTypeCodes[message.filingType]],
            ['destination', message.destination],
            ['validFrom', message.validFrom],
            ['validUntil', message.validUntil ?? undefined],
            ['filingId', message.filingId],
            ['registrationNumber', message.registrationNumber],
            ['operation', message.operation],
            ['reason', message.reason],
          ]),
        ),
      ),

    async lookUp(person, msgid): Promise<InsuredAnswer> {
      const exchanged = await exchange(
        config.codes.lookUp,
        msgid,
        { destination: config.agencyAdmdvs, insured: config.agencyAdmdvs },
        data([
          ['idType', '01'],
          ['idNumber', person.idNumber],
          ['name', person.name],
        ]),
      )
      if (!exchanged.ok) return { outcome: 'unavailable', reason: exchanged.reason }
      const { answer } = exchanged
      if (Number(answer.infcode) !== 0) return { outcome: 'not_insured' }
      const list = (path: string) => {
        const found = at(answer, path)
        return (Array.isArray(found) ? found : []) as Record<string, unknown>[]
      }
      const active = list(config.paths.insurances).find(
        (row) =>
          String(row[name('insuredStatus')] ?? config.insuredStatusActive) === config.insuredStatusActive,
      )
      if (!active) return { outcome: 'not_insured' }
      const insuranceType = Object.entries(config.insuranceTypeCodes).find(
        ([, code]) => code === String(active[name('insuranceType')]),
      )?.[0] as keyof GatewayConfig['insuranceTypeCodes'] | undefined
      const filingType = (row: Record<string, unknown>) =>
        Object.entries(config.filingTypeCodes).find(
          ([, code]) => code === String(row[name('filingType')]),
        )?.[0] as keyof GatewayConfig['filingTypeCodes'] | undefined
      const filings = list(config.paths.filings).map(
        (row): PlatformFiling => ({
          number: String(row[name('registrationNumber')] ?? ''),
          destination: String(row[name('destination')] ?? ''),
          ...(filingType(row) ? { filingType: filingType(row) } : {}),
          validFrom: String(row[name('validFrom')] ?? ''),
          validUntil: row[name('validUntil')] ? String(row[name('validUntil')]) : null,
          ...(row[name('filingId')] ? { filingId: String(row[name('filingId')]) } : {}),
        }),
      )
      const insuredRegion = active[name('insuredRegion')]
      return {
        outcome: 'insured',
        ...(insuredRegion ? { insuredRegion: String(insuredRegion) } : {}),
        ...(insuranceType ? { insuranceType } : {}),
        filings,
      }
    },

    report: async (message: ClaimReport) =>
      settle(
        await exchange(
          config.codes.report,
          message.msgid,
          { destination: config.agencyAdmdvs, insured: message.insuredRegion },
          data([
            ['idType', '01'],
            ['idNumber', message.person.idNumber],
            ['name', message.person.name],
            ['claimId', message.claimId],
            ['decision', message.decision],
            ['totalCost', message.totalCost],
            ['approvedAmount', message.approvedAmount],
            ['paidAmount', message.paidAmount],
            ['reason', message.note],
          ]),
        ),
      ),
  }
}
