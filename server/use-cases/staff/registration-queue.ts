import { regionLabel } from '@shared/regions/regions'
import { fail, ok, type Result } from '@shared/result'
import type { RegistrationItem } from '@shared/schemas/responses.schema'
import type { QueuedRegistration } from '../../ports/registrations'
import type { Call } from '../call'
import { notFound } from '../record-access'

const LIMIT = 200

/** Who and where: the filing's person and destination, or the claim's person and hospital's region. */
const subjectOf = async (call: Call, queued: QueuedRegistration) => {
  if (queued.operation === 'report') {
    const claim = await call.ports.claims.get(queued.recordId)
    return (
      claim && { ids: { claimId: claim.claimId }, insured: claim.insured, place: claim.hospital.regionCode }
    )
  }
  const filing = await call.ports.filings.get(queued.recordId)
  return (
    filing && { ids: { filingId: filing.filingId }, insured: filing.insured, place: filing.draft.destination }
  )
}

const item = async (call: Call, queued: QueuedRegistration): Promise<RegistrationItem | undefined> => {
  const subject = await subjectOf(call, queued)
  if (!subject) return undefined
  return {
    msgid: queued.msgid,
    ...subject.ids,
    operation: queued.operation,
    state: queued.state,
    attempts: queued.attempts,
    reason: queued.lastError ?? '',
    ...(queued.field ? { field: queued.field } : {}),
    ...(queued.note ? { note: queued.note } : {}),
    createdAt: queued.createdAt,
    insured: { name: subject.insured.name, idNumberMasked: subject.insured.idNumberMasked },
    destination: { code: subject.place, name: regionLabel(subject.place) ?? subject.place },
  }
}

const found = async (call: Call, msgid: string): Promise<Result<RegistrationItem>> => {
  const queued = await call.ports.registrations.get(msgid)
  const shown = queued && (await item(call, queued))
  return shown ? ok(shown) : notFound('登记报文')
}

/** Refused and dead-lettered registrations, oldest first: nothing here reaches a hospital until staff act. */
export const registrationQueue = async (call: Call): Promise<Result<{ items: RegistrationItem[] }>> => {
  const troubled = await call.ports.registrations.troubled(LIMIT)
  const items = await Promise.all(troubled.map((queued) => item(call, queued)))
  return ok({ items: items.filter((shown) => shown !== undefined) })
}

/** Sends it again from now (see Registrations.retry for which msgid it travels under). */
export const retryRegistration = async (call: Call, msgid: string): Promise<Result<RegistrationItem>> => {
  const retried = await call.ports.registrations.retry(msgid, call.at, call.ports.ids.next('rg'))
  if (retried) return found(call, retried)
  return (await call.ports.registrations.get(msgid))
    ? fail({ code: 'CONFLICT', message: '该登记已在重新发送或已完成，请刷新后查看' })
    : notFound('登记报文')
}

export const noteRegistration = async (
  call: Call,
  msgid: string,
  note: string,
): Promise<Result<RegistrationItem>> =>
  (await call.ports.registrations.addNote(msgid, note)) ? found(call, msgid) : notFound('登记报文')
