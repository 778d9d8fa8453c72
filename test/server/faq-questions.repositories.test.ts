// The questions store, the same contract on SQLite and on the CloudBase adapter (over the in-memory stand-in
// of the SDK): kept, counted per asker since a moment, open ones oldest first, answered once with its message.
import type { CloudBaseApp } from '../../server/adapters/cloudbase/database.cloudbase'
import { faqQuestionsCloudBase } from '../../server/adapters/cloudbase/faq-questions.cloudbase'
import { outboxCloudBase } from '../../server/adapters/cloudbase/outbox.cloudbase'
import type { FaqQuestion, FaqQuestions } from '../../server/ports/faq-questions'
import type { Notification, Outbox } from '../../server/ports/outbox'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { type TempStore, tempStore } from './support'

let store: TempStore
afterEach(() => store?.dispose())

const stores: [string, () => { questions: FaqQuestions; outbox: Outbox }][] = [
  [
    'SQLite',
    () => {
      store = tempStore()
      return { questions: store.ports.faqQuestions, outbox: store.ports.outbox }
    },
  ],
  [
    'CloudBase',
    () => {
      const { db } = cloudDbStandIn()
      // No template configured: nothing is sent to WeChat, the message is kept for 消息.
      const outbox = outboxCloudBase({} as CloudBaseApp, db, {})
      return { questions: faqQuestionsCloudBase(db, outbox), outbox }
    },
  ],
]

const question = (n: number, asker = 'asker-a'): FaqQuestion => ({
  id: `fq_${n}`,
  asker,
  question: `第${n}个问题`,
  q: '护工',
  insuredRegion: '420100',
  status: 'open',
  askedAt: `2026-05-01T0${n}:00:00.000Z`,
})

const message = (q: FaqQuestion): Notification => ({
  id: `nt_${q.id}`,
  recipient: q.asker,
  kind: 'faq_answer',
  payload: { recordId: q.id, title: '您的提问已答复', status: 'answered', note: q.answer },
  createdAt: q.answeredAt ?? '',
})

describe.each(stores)('%s', (_, open) => {
  test('kept, counted per asker since a moment, open oldest first, answered once with its message', async () => {
    const { questions, outbox } = open()
    await questions.add(question(1))
    await questions.add(question(2, 'asker-b'))
    await questions.add(question(3))
    expect(await questions.countSince('asker-a', '2026-05-01T02:00:00.000Z')).toBe(1)
    expect(await questions.countSince('asker-a', '2026-05-01T00:00:00.000Z')).toBe(2)
    expect((await questions.open(10)).map((q) => q.id)).toEqual(['fq_1', 'fq_2', 'fq_3'])

    const by = { text: '护工费不在医保支付范围', by: 'staff-1', at: '2026-05-02T00:00:00.000Z' }
    const answered = await questions.answer('fq_2', by, message)
    expect(answered).toMatchObject({ status: 'answered', answer: by.text, answeredBy: 'staff-1' })
    expect(await questions.answer('fq_2', { ...by, text: '又一次' }, message)).toBeUndefined()
    expect(await questions.answer('fq_404', by, message)).toBeUndefined()
    expect((await questions.open(10)).map((q) => q.id)).toEqual(['fq_1', 'fq_3'])
    const received = await outbox.forRecipient('asker-b', 10)
    expect(received.map((n) => n.payload.note)).toEqual([by.text])
  })
})
