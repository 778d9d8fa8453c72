import type { Call } from '../call'

/**
 * The caller's own records and, once verified, every record anyone made for their ID number, newest first:
 * a person must be able to see what was filed in their name.
 */
export const recordsForMe = async <R extends { owner: string; createdAt: string }>(
  call: Call,
  own: (owner: string) => Promise<R[]>,
  forPerson: (idHash: string) => Promise<R[]>,
  idOf: (record: R) => string,
): Promise<(R & { filedByOther: boolean })[]> => {
  const identity = await call.ports.identities.of(call.caller)
  const mine = await own(call.caller)
  const inMyName = identity ? await forPerson(identity.person.idHash) : []
  const seen = new Set(mine.map(idOf))
  return [...mine, ...inMyName.filter((record) => !seen.has(idOf(record)))]
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .map((record) => ({ ...record, filedByOther: record.owner !== call.caller }))
}
