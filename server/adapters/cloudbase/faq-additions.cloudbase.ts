import type { FaqAddition, FaqAdditionsLog } from '../../ports/faq-additions'
import { type CloudDb, COLLECTIONS, unwrap } from './database.cloudbase'

/** A few hundred at most over a release's life: read in one page. */
const MAX_ADDITIONS = 1000

export const faqAdditionsCloudBase = (db: CloudDb): FaqAdditionsLog => {
  const additions = db.collection(COLLECTIONS.faqAdditions)
  return {
    async add(addition) {
      await unwrap(additions.add({ ...addition, _id: addition.id }))
    },
    async list() {
      const page = await unwrap(additions.where({}).orderBy('at', 'asc').limit(MAX_ADDITIONS).get())
      return (page.data as (FaqAddition & { _id: string })[])
        .map(({ _id, ...addition }) => addition as FaqAddition)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1))
    },
  }
}
