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
  async countUnhelpfulBetween(from, to) {
    // Two one-sided counts: the votes from `from` on, less those from `to` on.
    const since = async (at: string) =>
      (
        (await unwrap(
          db
            .collection(COLLECTIONS.faqFeedback)
            .where({ helpful: false, at: db.command.gte(at) })
            .count(),
        )) as { total: number }
      ).total
    return (await since(from)) - (await since(to))
  },
})
