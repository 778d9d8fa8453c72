import { filingStatus } from '@shared/rules/filing-status'
import type { ClaimRecord } from '../../ports/claims'
import type { FilingRecord } from '../../ports/filings'
import type { FilingOperation } from '../../ports/insurance-core'
import type { OutgoingRegistration } from '../../ports/registrations'
import type { Call } from '../call'

const outgoing = (
  call: Call,
  record: FilingRecord,
  operation: FilingOperation,
  reason?: string,
): OutgoingRegistration => ({
  msgid: call.ports.ids.next('rg'),
  recordId: record.filingId,
  operation,
  ...(reason ? { reason } : {}),
  createdAt: call.at,
})

/** The platform holds (or is being sent) this filing: a refused one never reached it. */
const onPlatform = (record: FilingRecord) =>
  record.registration !== undefined && record.registration.status !== 'refused'

/**
 * What the 医保信息平台 must hear of a filing's change: its registration once it counts (effective at submit,
 * or once the supplement makes it so), then each change of destination and its end. Validity lapsing is not
 * sent: the platform holds the dates. `ended` names how an ending reaches it (the person's cancel, staff's void).
 */
export const registrationsFor = (
  call: Call,
  next: FilingRecord,
  previous?: FilingRecord,
  ended: 'cancel' | 'void' = 'cancel',
): OutgoingRegistration[] => {
  if (!previous || !onPlatform(previous))
    return filingStatus(next.facts, call.today) === 'effective' ? [outgoing(call, next, 'register')] : []
  if (next.facts.cancelled && !previous.facts.cancelled)
    return [outgoing(call, next, ended, next.history.at(-1)?.note)]
  if (next.draft.destination !== previous.draft.destination) return [outgoing(call, next, 'change')]
  return []
}

/** The claim outcomes the platform records: the decision (approved, rejected) and the payment. */
const REPORTED = ['approved', 'rejected', 'paid'] as const

/** A staff decision that the platform must hear of, written with it (the claim's reports go in order). */
export const claimReports = (call: Call, next: ClaimRecord, previous: ClaimRecord): OutgoingRegistration[] =>
  next.status !== previous.status && (REPORTED as readonly string[]).includes(next.status)
    ? [
        {
          msgid: call.ports.ids.next('rp'),
          recordId: next.claimId,
          operation: 'report',
          reason: next.status,
          createdAt: call.at,
        },
      ]
    : []
