import { ok, type Result } from '@shared/result'
import type { ClaimRecord } from '../../ports/claims'
import { type Call, changeRecord, notFound } from '../call'

export const readableClaim = async (call: Call, claimId: string): Promise<Result<ClaimRecord>> => {
  const record = await call.ports.claims.get(claimId)
  if (record && (record.owner === call.caller || (await call.ports.staff.includes(call.caller))))
    return ok(record)
  return notFound('报销申请')
}

export const ownClaim = async (call: Call, claimId: string): Promise<Result<ClaimRecord>> => {
  const record = await call.ports.claims.get(claimId)
  return record && record.owner === call.caller ? ok(record) : notFound('报销申请')
}

export const changeClaim = (
  call: Call,
  load: () => Promise<Result<ClaimRecord>>,
  change: (record: ClaimRecord) => Promise<Result<ClaimRecord>> | Result<ClaimRecord>,
) =>
  changeRecord(
    load,
    async (record) => {
      const next = await change(record)
      return next.ok ? ok({ ...next.value, updatedAt: call.at }) : next
    },
    (next, expected) => call.ports.claims.replace(next, expected),
  )

export const withEntry = (
  record: ClaimRecord,
  entry: { at: string; action: string; by: string; note?: string },
): ClaimRecord => ({ ...record, history: [...record.history, entry] })
