import type { Authorisation, Authorisations } from '../../ports/authorisations'
import { type CloudDb, COLLECTIONS, first, MAX_PAGE, replaceFields, unwrap } from './database.cloudbase'

type Stored = Authorisation & { _id: string }
const toRecord = ({ _id, ...record }: Stored): Authorisation => record as Authorisation

export const authorisationsCloudBase = (db: CloudDb): Authorisations => {
  const grants = db.collection(COLLECTIONS.authorisations)
  const list = async (query: ReturnType<typeof grants.where>) =>
    ((await unwrap(query.orderBy('createdAt', 'asc').limit(MAX_PAGE).get())).data as Stored[]).map(toRecord)
  const one = async (query: ReturnType<typeof grants.where>) => {
    const stored = await first<Stored>(query.limit(1))
    return stored && toRecord(stored)
  }
  return {
    async add(record) {
      await unwrap(grants.add({ ...record, _id: record.authorisationId, version: 1 }))
    },
    get: (authorisationId) => one(grants.where({ _id: authorisationId })),
    byCode: (code) => one(grants.where({ code })),
    forPerson: (idHash) => list(grants.where({ idHash, status: db.command.neq('ended') })),
    forProxy: (proxy) => list(grants.where({ proxy, status: 'active' })),
    async replace(record, expected) {
      const result = await unwrap(
        grants
          .where({ _id: record.authorisationId, version: expected })
          .update({ ...replaceFields(db, { ...record }), version: db.command.inc(1) }),
      )
      return (result as { updated?: number }).updated === 1
    },
  }
}
