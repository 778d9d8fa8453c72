import type { LookUpLog } from '../../ports/look-up-log'
import { type CloudDb, COLLECTIONS, unwrap } from './database.cloudbase'

export const lookUpLogCloudBase = (db: CloudDb): LookUpLog => {
  const lookUps = db.collection(COLLECTIONS.insuredLookups)
  const _ = db.command
  return {
    async record(caller, at, since) {
      await unwrap(lookUps.add({ caller, at }))
      // Entries past the window count for nothing: dropping them keeps the collection small.
      await unwrap(lookUps.where({ caller, at: _.lt(since) }).remove())
      const result = await unwrap(lookUps.where({ caller, at: _.gte(since) }).count())
      return (result as { total: number }).total
    },
  }
}
