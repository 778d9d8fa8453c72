import { ALREADY_ERASED, ERASURE, NOT_FINISHED, REGISTRATION_IN_FLIGHT } from '@shared/policy/erasure'
import { CLAIM_STATUS_LABELS, FILING_STATUS_LABELS, type RecordKind } from '@shared/policy/vocabulary'
import { fail, ok, type Result } from '@shared/result'
import { filingStatus } from '@shared/rules/filing-status'
import type { ClaimRecord } from '../../ports/claims'
import type { FilingRecord } from '../../ports/filings'
import type { InsuredRecord } from '../../ports/insured-record'
import type { Call } from '../call'
import { changeClaim, ownClaim } from '../claim/claim-access'
import { changeFiling, ownFiling } from '../filing/filing-access'
import { withHistory } from '../record-access'

export interface Erased {
  kind: RecordKind
  id: string
  erasedAt: string
  filesRemoved: number
}

const refuse = (message: string) => fail<never>({ code: 'CONFLICT', message })

/** What deletion leaves of the person: the name and masked number of the case file, nothing that opens. */
const withoutSealed = (insured: InsuredRecord): InsuredRecord => ({
  ...insured,
  idNumberSealed: '',
  phone: '',
})

/** Every upload a record holds. */
const filesOfFiling = (record: FilingRecord): string[] => [
  ...record.materials.map((material) => material.fileID),
  ...(record.draft.commitment.signatureFileID ? [record.draft.commitment.signatureFileID] : []),
]
const filesOfClaim = (record: ClaimRecord): string[] => record.materials.map((m) => m.fileID)

/**
 * The platform must hold the record's last word before the ID number goes: a message still queued, refused or
 * dead-lettered is sent again (by the job or by staff) with the full number.
 */
const platformSettled = async (call: Call, recordId: string): Promise<boolean> => {
  const registration = await call.ports.registrations.ofFiling(recordId)
  return registration === undefined || registration.status === 'registered'
}

const eraseFiling = (call: Call, id: string) =>
  changeFiling(
    call,
    () => ownFiling(call, id),
    async (record): Promise<Result<FilingRecord>> => {
      if (record.erasedAt) return refuse(ALREADY_ERASED)
      const status = filingStatus(record.facts, call.today)
      if (!ERASURE.filing.finished.includes(status))
        return refuse(NOT_FINISHED('filing', FILING_STATUS_LABELS[status]))
      if (!(await platformSettled(call, id))) return refuse(REGISTRATION_IN_FLIGHT)
      const { signatureFileID: _removed, ...commitment } = record.draft.commitment
      return ok(
        withHistory(
          {
            ...record,
            insured: withoutSealed(record.insured),
            draft: { ...record.draft, commitment },
            materials: [],
            erasedAt: call.at,
          },
          { at: call.at, action: 'erase', by: call.caller },
        ),
      )
    },
  )

const eraseClaim = (call: Call, id: string) =>
  changeClaim(
    call,
    () => ownClaim(call, id),
    async (record): Promise<Result<ClaimRecord>> => {
      if (record.erasedAt) return refuse(ALREADY_ERASED)
      if (!ERASURE.claim.finished.includes(record.status))
        return refuse(NOT_FINISHED('claim', CLAIM_STATUS_LABELS[record.status]))
      if (!(await platformSettled(call, id))) return refuse(REGISTRATION_IN_FLIGHT)
      return ok(
        withHistory(
          {
            ...record,
            insured: withoutSealed(record.insured),
            // The payee account goes with the ID number; its masked tail stays in the case file.
            ...(record.payee ? { payee: { ...record.payee, accountSealed: '' } } : {}),
            materials: [],
            erasedAt: call.at,
          },
          { at: call.at, action: 'erase', by: call.caller },
        ),
      )
    },
  )

/** Files still held by another of the caller's records (one photo attached twice) stay. */
const stillHeld = async (call: Call, except: string): Promise<Set<string>> => {
  const [filings, claims] = await Promise.all([
    call.ports.filings.listByOwner(call.caller),
    call.ports.claims.listByOwner(call.caller),
  ])
  return new Set([
    ...filings.filter((f) => f.filingId !== except).flatMap(filesOfFiling),
    ...claims.filter((c) => c.claimId !== except).flatMap(filesOfClaim),
  ])
}

const filesBefore = async (call: Call, kind: RecordKind, id: string): Promise<Result<string[]>> => {
  if (kind === 'filing') {
    const filing = await ownFiling(call, id)
    return filing.ok ? ok(filesOfFiling(filing.value)) : fail(filing.error)
  }
  const claim = await ownClaim(call, id)
  return claim.ok ? ok(filesOfClaim(claim.value)) : fail(claim.error)
}

/**
 * A finished record's uploads and sealed fields deleted at its owner's request; the case file stays for its
 * retention period. The record is changed first: if removing the files fails, nothing references them any more
 * and the unattached-upload clean-up removes them.
 */
export const eraseRecord = async (call: Call, kind: RecordKind, id: string): Promise<Result<Erased>> => {
  const files = await filesBefore(call, kind, id)
  if (!files.ok) return files
  const erased = kind === 'filing' ? await eraseFiling(call, id) : await eraseClaim(call, id)
  if (!erased.ok) return erased
  const held = await stillHeld(call, id)
  const removable = files.value.filter((fileID) => !held.has(fileID))
  const filesRemoved = await call.ports.files.remove(removable, call.caller)
  return ok({ kind, id, erasedAt: call.at, filesRemoved })
}
