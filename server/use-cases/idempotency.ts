import { createHash } from 'node:crypto'
import { fail, type Result } from '@shared/result'
import type { InsuredPerson } from '@shared/schemas/filing.schema'
import type { InsuredRecord } from '../ports/insured-record'

/** JSON with keys sorted and undefined left out, so equal requests give equal text whatever the key order. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonical(field)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * The fingerprint of a parsed (so normalised) request, without its ID number: a plain hash over an ID number
 * could be searched through by anyone holding a backup, so the ID number is compared by its keyed hash, which
 * the record already keeps. The fingerprint thus needs no key and survives a key rotation.
 */
export const requestFingerprint = (request: { insured: InsuredPerson }): string => {
  const { idNumber: _sealedApart, ...insured } = request.insured
  return createHash('sha256')
    .update(canonical({ ...request, insured }))
    .digest('hex')
}

/** Records from before fingerprints were kept cannot be told apart: they are taken as the same request. */
export const isSameRequest = (
  record: { requestHash?: string; insured: InsuredRecord },
  fingerprint: string,
  idHash: string,
): boolean =>
  record.requestHash === undefined || (record.requestHash === fingerprint && record.insured.idHash === idHash)

/** What a person is told when a retry carries a key of a request with other content (IETF Idempotency-Key: 422). */
export const keyReused = <T>(what: string): Result<T> =>
  fail({
    code: 'IDEMPOTENCY_KEY_REUSED',
    message: `请求编号（idempotencyKey）已用于内容不同的另一次${what}提交：之前的${what}保持不变，本次修改后的内容没有提交。如需按新内容办理，请重新发起${what}`,
    path: 'idempotencyKey',
  })
