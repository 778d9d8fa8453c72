import type { FaqFeedback } from '../../ports/faq-feedback'
import { type CloudDb, COLLECTIONS, unwrap } from './database.cloudbase'

export const faqFeedbackCloudBase = (db: CloudDb): FaqFeedback => ({
  async add(entry) {
    await unwrap(db.collection(COLLECTIONS.faqFeedback).add(entry))
  },
})
