import type { FaqFeedback } from '../../ports/faq-feedback'
import { type CloudDb, COLLECTIONS, unwrap } from './database.cloudbase'

export const faqFeedbackCloudBase = (db: CloudDb): FaqFeedback => ({
  async add(entry) {
    await unwrap(db.collection(COLLECTIONS.faqFeedback).add(entry))
  },
  async forgetQueriesBefore(at) {
    const _ = db.command
    const result = await unwrap(
      db
        .collection(COLLECTIONS.faqFeedback)
        .where({ at: _.lt(at), q: _.exists(true) })
        .update({ q: _.remove() }),
    )
    return (result as { updated?: number }).updated ?? 0
  },
})
