// What people type into 政策问答 is kept only as long as RETENTION.faqText says, on SQLite and on the CloudBase
// adapter: the search words of old votes and of old searches that found nothing go (the counts stay), and an answered question's words go once the period
// after its answer has passed (open questions and recent answers keep theirs).
import { FAQ_TEXT_RETENTION_DAYS } from '@shared/policy/privacy'
import type { CloudBaseApp } from '../../server/adapters/cloudbase/database.cloudbase'
import { faqFeedbackCloudBase } from '../../server/adapters/cloudbase/faq-feedback.cloudbase'
import { faqMissesCloudBase } from '../../server/adapters/cloudbase/faq-misses.cloudbase'
import { faqQuestionsCloudBase } from '../../server/adapters/cloudbase/faq-questions.cloudbase'
import { outboxCloudBase } from '../../server/adapters/cloudbase/outbox.cloudbase'
import type { FaqFeedback } from '../../server/ports/faq-feedback'
import type { FaqMisses } from '../../server/ports/faq-misses'
import { type FaqQuestion, type FaqQuestions, FORGOTTEN } from '../../server/ports/faq-questions'
import type { Ports } from '../../server/ports/ports'
import { forgetOldFaqText } from '../../server/use-cases/faq/forget-old-text'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { fixedClock } from './fixed-clock'
import { type TempStore, tempStore } from './support'

const ASKED = '2026-01-01T00:00:00.000Z'
const DAY_MS = 86_400_000
const daysLater = (days: number) => new Date(Date.parse(ASKED) + days * DAY_MS).toISOString()

let store: TempStore | undefined
afterEach(() => store?.dispose())

interface Stores {
  feedback: FaqFeedback
  questions: FaqQuestions
  misses: FaqMisses
  /** The words each search that found nothing still holds. */
  missed: () => Promise<(string | null)[]>
  /** The search words each vote still holds, and each question's words, by id. */
  votes: () => Promise<(string | null)[]>
  words: () => Promise<Record<string, string>>
}

const sqlite = (): Stores => {
  store = tempStore(ASKED)
  const { db } = store
  return {
    feedback: store.ports.faqFeedback,
    questions: store.ports.faqQuestions,
    misses: store.ports.faqMisses,
    missed: async () =>
      (db.prepare('SELECT q FROM faq_misses ORDER BY rowid').all() as { q: string | null }[]).map(
        (row) => row.q,
      ),
    votes: async () =>
      (db.prepare('SELECT q FROM faq_feedback ORDER BY id').all() as { q: string | null }[]).map(
        (row) => row.q,
      ),
    words: async () =>
      Object.fromEntries(
        (db.prepare('SELECT id, doc FROM faq_questions').all() as { id: string; doc: string }[]).map(
          (row) => [row.id, (JSON.parse(row.doc) as FaqQuestion).question],
        ),
      ),
  }
}

const cloudBase = (): Stores => {
  const { db, docsOf } = cloudDbStandIn()
  const outbox = outboxCloudBase({} as CloudBaseApp, db, {})
  return {
    feedback: faqFeedbackCloudBase(db),
    questions: faqQuestionsCloudBase(db, outbox),
    misses: faqMissesCloudBase(db),
    missed: async () =>
      [...docsOf('faq_misses').values()].map((doc) => (doc.q as string | undefined) ?? null),
    votes: async () =>
      [...docsOf('faq_feedback').values()].map((doc) => (doc.q as string | undefined) ?? null),
    words: async () =>
      Object.fromEntries(
        [...docsOf('faq_questions').values()].map((doc) => [doc._id, doc.question as string]),
      ),
  }
}

const question = (id: string): FaqQuestion => ({
  id,
  asker: 'asker-a',
  question: `问题${id}`,
  q: '护工',
  insuredRegion: '420100',
  status: 'open',
  askedAt: ASKED,
})

describe.each([
  ['SQLite', sqlite],
  ['CloudBase', cloudBase],
] as const)('%s', (_, open) => {
  test('old search words and the words of long-answered questions are forgotten; the rest is kept', async () => {
    const { feedback, questions, misses, missed, votes, words } = open()
    const clock = fixedClock(ASKED)
    const ports = {
      clock,
      faqFeedback: feedback,
      faqQuestions: questions,
      faqMisses: misses,
    } as unknown as Ports
    await misses.add({ q: '护工钱谁出', at: ASKED })
    await misses.add({ q: '陪护费', at: daysLater(30) })
    await feedback.add({ id: 'e1', helpful: false, q: '护工费', caller: 'a', at: ASKED })
    await feedback.add({ id: 'e1', helpful: false, q: '陪护', caller: 'b', at: daysLater(30) })
    for (const id of ['old', 'recent', 'open']) await questions.add(question(id))
    const message = (q: FaqQuestion) => ({
      id: `nt_${q.id}`,
      recipient: q.asker,
      kind: 'faq_answer' as const,
      payload: { recordId: q.id, title: '已答复', status: 'answered', note: q.answer },
      createdAt: q.answeredAt ?? '',
    })
    await questions.answer('old', { text: '不报', by: 'staff', at: ASKED }, message)
    await questions.answer('recent', { text: '不报', by: 'staff', at: daysLater(100) }, message)

    clock.set(daysLater(FAQ_TEXT_RETENTION_DAYS.feedbackQuery - 1))
    expect(await forgetOldFaqText(ports)).toEqual({
      feedbackQueries: 0,
      missedQueries: 0,
      answeredQuestions: 0,
    })
    expect(await votes()).toEqual(['护工费', '陪护'])
    expect(await missed()).toEqual(['护工钱谁出', '陪护费'])

    clock.set(daysLater(FAQ_TEXT_RETENTION_DAYS.answeredQuestion + 1))
    expect(await forgetOldFaqText(ports)).toEqual({
      feedbackQueries: 2,
      missedQueries: 2,
      answeredQuestions: 1,
    })
    expect(await votes()).toEqual([null, null])
    expect(await missed()).toEqual([null, null])
    // The count stays for staff's weekly figures.
    expect(await misses.countBetween(ASKED, daysLater(31))).toBe(2)
    expect(await words()).toEqual({ old: FORGOTTEN, recent: '问题recent', open: '问题open' })
    // A second run finds nothing left to forget.
    expect(await forgetOldFaqText(ports)).toEqual({
      feedbackQueries: 0,
      missedQueries: 0,
      answeredQuestions: 0,
    })
  })
})
