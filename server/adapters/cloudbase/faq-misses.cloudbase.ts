import type { FaqMisses } from '../../ports/faq-misses'
import { type CloudDb, COLLECTIONS, unwrap } from './database.cloudbase'

export const faqMissesCloudBase = (db: CloudDb): FaqMisses => {
  const misses = db.collection(COLLECTIONS.faqMisses)
  const _ = db.command
  return {
    async add(miss) {
      await unwrap(misses.add(miss))
    },
    async countBetween(from, to) {
      // Two one-sided counts: what came from `from` on, less what came from `to` on.
      const since = async (at: string) =>
        ((await unwrap(misses.where({ at: _.gte(at) }).count())) as { total: number }).total
      return (await since(from)) - (await since(to))
    },
    async forgetQueriesBefore(at) {
      const result = await unwrap(misses.where({ at: _.lt(at), q: _.exists(true) }).update({ q: _.remove() }))
      return (result as { updated?: number }).updated ?? 0
    },
  }
}
