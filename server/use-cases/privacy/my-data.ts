import { ERASURE } from '@shared/policy/erasure'
import { CLAIM_STATUS_LABELS, FILING_STATUS_LABELS, FILING_TYPE_LABELS } from '@shared/policy/vocabulary'
import { regionLabel } from '@shared/regions/regions'
import { ok, type Result } from '@shared/result'
import { filingStatus } from '@shared/rules/filing-status'
import type { MyData, MyRecord } from '@shared/schemas/my-data.schema'
import type { ClaimRecord } from '../../ports/claims'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'

// Every upload since the beginning: `usage` counts from an instant.
const EVER = '1970-01-01T00:00:00.000Z'
// More than a person's messages ever number; the count is what 我的数据 shows.
const MESSAGES_COUNTED = 1000

const filingRow = (record: FilingRecord, call: Call): MyRecord => {
  const status = filingStatus(record.facts, call.today)
  return {
    kind: 'filing',
    id: record.filingId,
    title: `${FILING_TYPE_LABELS[record.draft.filingType]}·${regionLabel(record.draft.destination) ?? record.draft.destination}`,
    person: record.insured.name,
    status: FILING_STATUS_LABELS[status],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    materials: record.materials.length,
    finished: ERASURE.filing.finished.includes(status),
    ...(record.erasedAt ? { erasedAt: record.erasedAt } : {}),
  }
}

const claimRow = (record: ClaimRecord): MyRecord => ({
  kind: 'claim',
  id: record.claimId,
  title: record.hospital.name,
  person: record.insured.name,
  status: CLAIM_STATUS_LABELS[record.status],
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
  materials: record.materials.length,
  finished: ERASURE.claim.finished.includes(record.status),
  ...(record.erasedAt ? { erasedAt: record.erasedAt } : {}),
})

/** 我的数据: what is held about the caller, record by record, with counts of uploads and messages. */
export const myData = async (call: Call): Promise<Result<MyData>> => {
  const { filings, claims, files, outbox } = call.ports
  const [ownFilings, ownClaims, uploads, messages] = await Promise.all([
    filings.listByOwner(call.caller),
    claims.listByOwner(call.caller),
    files.usage(call.caller, EVER),
    outbox.forRecipient(call.caller, MESSAGES_COUNTED),
  ])
  return ok({
    records: [...ownFilings.map((record) => filingRow(record, call)), ...ownClaims.map(claimRow)],
    uploads,
    messages: { count: messages.length, ...(messages[0] ? { latestAt: messages[0].createdAt } : {}) },
  })
}
