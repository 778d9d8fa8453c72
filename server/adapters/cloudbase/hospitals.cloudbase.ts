import type { Hospital } from '@shared/hospitals/hospital.schema'
import type { Hospitals } from '../../ports/hospitals'
import { type CloudDb, COLLECTIONS, MAX_PAGE, unwrap } from './database.cloudbase'

/**
 * The directory as one collection, _id = the institution's code. A file is checked whole before anything is
 * written (use-cases/hospitals); CloudBase has no multi-document transaction here, so a write failing midway is
 * reported and the same file imported again completes it (rows are replaced by code).
 */
export const hospitalsCloudBase = (db: CloudDb): Hospitals => {
  const hospitals = db.collection(COLLECTIONS.hospitals)
  return {
    async importAll(rows) {
      for (const row of rows) await unwrap(hospitals.doc(row.code).set({ ...row }))
      return rows.length
    },
    async inRegion(prefix, limit) {
      const query = prefix ? hospitals.where({ regionCode: db.RegExp({ regexp: `^${prefix}` }) }) : hospitals
      const result = await unwrap(query.limit(Math.min(limit, MAX_PAGE)).get())
      return (result.data as (Hospital & { _id: string })[]).map(({ _id, ...row }) => row as Hospital)
    },
    async byCode(code) {
      const result = await unwrap(hospitals.where({ _id: code }).limit(1).get())
      const found = (result.data as (Hospital & { _id: string })[])[0]
      if (!found) return null
      const { _id, ...row } = found
      return row as Hospital
    },
    async count() {
      const result = await unwrap(hospitals.count())
      return (result as { total?: number }).total ?? 0
    },
  }
}
