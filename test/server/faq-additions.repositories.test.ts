// The stores behind staff's FAQ additions and weekly counts, the same contract on SQLite and on the CloudBase
// adapter (over the in-memory stand-in of the SDK): additions listed oldest first; misses and 没帮助 votes counted
// in a half-open range of time.
import { faqAdditionsCloudBase } from '../../server/adapters/cloudbase/faq-additions.cloudbase'
import { faqFeedbackCloudBase } from '../../server/adapters/cloudbase/faq-feedback.cloudbase'
import { faqMissesCloudBase } from '../../server/adapters/cloudbase/faq-misses.cloudbase'
import type { FaqAddition, FaqAdditionsLog } from '../../server/ports/faq-additions'
import type { FaqFeedback } from '../../server/ports/faq-feedback'
import type { FaqMisses } from '../../server/ports/faq-misses'
import { cloudDbStandIn } from './cloud-db-stand-in'
import { type TempStore, tempStore } from './support'

let store: TempStore | undefined
afterEach(() => store?.dispose())

type Stores = { additions: FaqAdditionsLog; misses: FaqMisses; feedback: FaqFeedback }

const stores: [string, () => Stores][] = [
  [
    'SQLite',
    () => {
      store = tempStore()
      const { faqAdditions, faqMisses, faqFeedback } = store.ports
      return { additions: faqAdditions, misses: faqMisses, feedback: faqFeedback }
    },
  ],
  [
    'CloudBase',
    () => {
      const { db } = cloudDbStandIn()
      return {
        additions: faqAdditionsCloudBase(db),
        misses: faqMissesCloudBase(db),
        feedback: faqFeedbackCloudBase(db),
      }
    },
  ],
]

const alias = (n: number, at: string): FaqAddition => ({
  id: `fa_${n}`,
  questionId: `fq_${n}`,
  by: 'staff-1',
  at,
  kind: 'alias',
  entryId: 'type-retiree',
  text: `说法${n}`,
})

describe.each(stores)('%s', (_, open) => {
  test('additions are listed oldest first, whole', async () => {
    const { additions } = open()
    expect(await additions.list()).toEqual([])
    await additions.add(alias(2, '2026-05-02T00:00:00.000Z'))
    await additions.add(alias(1, '2026-05-01T00:00:00.000Z'))
    expect(await additions.list()).toEqual([
      alias(1, '2026-05-01T00:00:00.000Z'),
      alias(2, '2026-05-02T00:00:00.000Z'),
    ])
  })

  test('misses and 没帮助 votes are counted from `from` up to, not including, `to`', async () => {
    const { misses, feedback } = open()
    for (const at of ['2026-04-26T16:00:00.000Z', '2026-04-30T00:00:00.000Z', '2026-05-03T16:00:00.000Z']) {
      await misses.add({ q: '护工', at })
      await feedback.add({ id: 'type-retiree', helpful: false, caller: 'a', at })
      await feedback.add({ id: 'type-retiree', helpful: true, caller: 'b', at })
    }
    expect(await misses.countBetween('2026-04-26T16:00:00.000Z', '2026-05-03T16:00:00.000Z')).toBe(2)
    expect(await feedback.countUnhelpfulBetween('2026-04-26T16:00:00.000Z', '2026-05-03T16:00:00.000Z')).toBe(
      2,
    )
    expect(await misses.countBetween('2026-05-03T16:00:00.000Z', '2026-05-10T16:00:00.000Z')).toBe(1)
    expect(await feedback.countUnhelpfulBetween('2026-05-10T16:00:00.000Z', '2026-05-17T16:00:00.000Z')).toBe(
      0,
    )
  })
})
