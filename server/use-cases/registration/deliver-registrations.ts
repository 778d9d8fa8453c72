import { filingStatus } from '@shared/rules/filing-status'
import type { ClaimRecord } from '../../ports/claims'
import type { FilingRecord } from '../../ports/filings'
import type { ClaimReport, CoreAnswer, FilingMessage, FilingOperation } from '../../ports/insurance-core'
import type { Ports } from '../../ports/ports'
import type { QueuedRegistration, Settlement } from '../../ports/registrations'
import { type Call, callOf } from '../call'
import { notification } from '../notification'

export interface DeliveryPolicy {
  /** The first retry's wait; each next one doubles, up to `capMs`. */
  baseMs: number
  capMs: number
  /** After this many failed attempts the message is dead-lettered for staff. */
  maxAttempts: number
  batch: number
}

/**
 * 5 s doubling to 10 min, 30 attempts: about 4 hours of trying, so an outage of an hour is delivered within
 * ten minutes of recovery without anyone acting, and only a longer one reaches the staff queue.
 */
export const DEFAULT_DELIVERY: DeliveryPolicy = { baseMs: 5_000, capMs: 600_000, maxAttempts: 30, batch: 50 }

export const retryDelayMs = (policy: DeliveryPolicy, attempts: number) =>
  Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1))

export const filingMessage = (
  ports: Ports,
  queued: QueuedRegistration,
  record: FilingRecord,
): FilingMessage => ({
  msgid: queued.msgid,
  operation: queued.operation as FilingOperation,
  filingId: record.filingId,
  ...(queued.registrationNumber ? { registrationNumber: queued.registrationNumber } : {}),
  person: {
    name: record.insured.name,
    idNumber: ports.idNumbers.open(record.insured.idNumberSealed),
    phone: record.insured.phone,
  },
  insuredRegion: record.draft.insuredRegion,
  insuranceType: record.draft.insuranceType,
  filingType: record.draft.filingType,
  destination: record.draft.destination,
  validFrom: record.facts.validFrom,
  validUntil: record.facts.validUntil,
  ...(queued.reason ? { reason: queued.reason } : {}),
  at: queued.createdAt,
})

/** A claim's decision as the platform records it: the amounts staff recorded, the estimate's share for a claim decided before amounts were recorded. */
export const claimReport = (ports: Ports, queued: QueuedRegistration, claim: ClaimRecord): ClaimReport => {
  const decision = queued.reason as ClaimReport['decision']
  const approvedAmount = claim.approval?.approvedAmount ?? claim.estimate.fundPays
  const paidAmount = claim.payment?.paidAmount ?? approvedAmount
  return {
    msgid: queued.msgid,
    claimId: claim.claimId,
    person: { name: claim.insured.name, idNumber: ports.idNumbers.open(claim.insured.idNumberSealed) },
    insuredRegion: claim.insuredRegion,
    decision,
    totalCost: claim.totalCost,
    ...(decision === 'rejected' ? {} : { approvedAmount }),
    ...(decision === 'paid' ? { paidAmount } : {}),
    ...(claim.history.at(-1)?.note ? { note: claim.history.at(-1)?.note } : {}),
    at: queued.createdAt,
  }
}

const DONE: Record<FilingOperation, string> = {
  register: '异地就医备案已登记到医保信息平台',
  change: '就医地变更已登记到医保信息平台',
  cancel: '备案撤销已登记到医保信息平台',
  void: '备案作废已登记到医保信息平台',
}

const settlementOf = (
  call: Call,
  policy: DeliveryPolicy,
  queued: QueuedRegistration,
  answer: CoreAnswer,
): Settlement => {
  switch (answer.outcome) {
    case 'accepted':
      return { state: 'delivered', number: answer.number ?? queued.registrationNumber, at: answer.at }
    case 'refused':
      return { state: 'refused', reason: answer.reason, field: answer.field, at: call.at }
    case 'unavailable': {
      const attempts = queued.attempts + 1
      if (attempts >= policy.maxAttempts) return { state: 'dead', error: answer.reason, at: call.at }
      const nextAt = new Date(Date.parse(call.at) + retryDelayMs(policy, attempts)).toISOString()
      return { state: 'queued', error: answer.reason, nextAt }
    }
  }
}

/** The person hears of a registration done or refused, never of a retry. */
const tell = (call: Call, record: FilingRecord, queued: QueuedRegistration, settlement: Settlement) => {
  const status = filingStatus(record.facts, call.today)
  if (settlement.state === 'delivered')
    return [
      notification(call, record.owner, 'filing_status', {
        recordId: record.filingId,
        title: DONE[queued.operation as FilingOperation],
        status,
      }),
    ]
  if (settlement.state === 'refused')
    return [
      notification(call, record.owner, 'filing_status', {
        recordId: record.filingId,
        title: '医保信息平台未予登记异地就医备案',
        status,
        note: settlement.reason,
      }),
    ]
  return []
}

/** Sends one message and records the answer; the claim's report or the filing's registration. */
const exchange = async (ports: Ports, queued: QueuedRegistration) => {
  if (queued.operation === 'report') {
    const claim = await ports.claims.get(queued.recordId)
    return (
      claim && {
        answer: await ports.insuranceCore.report(claimReport(ports, queued, claim)),
        filing: undefined,
      }
    )
  }
  const filing = await ports.filings.get(queued.recordId)
  return (
    filing && { answer: await ports.insuranceCore.register(filingMessage(ports, queued, filing)), filing }
  )
}

const deliverOne = async (ports: Ports, policy: DeliveryPolicy, queued: QueuedRegistration) => {
  const exchanged = await exchange(ports, queued)
  const settled = callOf('registration-worker', ports)
  if (!exchanged) {
    await ports.registrations.settle(queued.msgid, { state: 'dead', error: '记录不存在', at: settled.at })
    return 'dead' as const
  }
  const settlement = settlementOf(settled, policy, queued, exchanged.answer)
  const told = exchanged.filing ? tell(settled, exchanged.filing, queued, settlement) : []
  await ports.registrations.settle(queued.msgid, settlement, told)
  // A message that had failed went through: the outage is over, so nothing waits out the rest of its back-off.
  if (settlement.state === 'delivered' && queued.attempts > 0) await ports.registrations.resume(settled.at)
  return settlement.state
}

export interface DeliveryRun {
  delivered: number
  refused: number
  retrying: number
  dead: number
}

/**
 * Sends what is due, at least once: a crash after the platform answered and before `settle` sends the same
 * msgid again, which the platform answers with its first result. A message the platform cannot take now
 * ends the run, so an outage costs one probe per run rather than a timeout per message.
 */
export const deliverRegistrations = async (
  ports: Ports,
  policy: DeliveryPolicy = DEFAULT_DELIVERY,
): Promise<DeliveryRun> => {
  const run: DeliveryRun = { delivered: 0, refused: 0, retrying: 0, dead: 0 }
  for (;;) {
    const due = await ports.registrations.due(ports.clock.now().toISOString(), policy.batch)
    for (const queued of due) {
      const state = await deliverOne(ports, policy, queued)
      if (state === 'queued') {
        run.retrying++
        return run
      }
      run[state]++
    }
    // Another round: a record's next message becomes due once the one before it is delivered.
    if (due.length === 0) return run
  }
}
