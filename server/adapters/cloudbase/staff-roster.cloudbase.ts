import type { StaffRoster } from '../../ports/staff-roster'
import { type CloudDb, COLLECTIONS, first } from './database.cloudbase'

/** Staff documents are keyed by openid; the agency adds them in the console. */
export const staffCloudBase = (db: CloudDb): StaffRoster => ({
  includes: async (openid) =>
    (await first(db.collection(COLLECTIONS.staff).where({ _id: openid }).limit(1))) !== undefined,
})
