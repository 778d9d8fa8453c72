import { FAQ_ENTRIES, searchFaq } from '../../shared/faq'
import { INTENTS } from '../../shared/faq/intents'
import { normalize } from '../../shared/faq/normalize'
import { entryIntents } from '../../shared/faq/search-index'

const ids = (query: string) => searchFaq(query, { limit: 3 }).map((hit) => hit.id)

describe('the spoken intent word picks the entry, not the shared noun', () => {
  test.each([
    ['咋撤', '长期备案咋撤', 'cancel-filing'],
    ['不想要了', '备案不想要了', 'cancel-filing'],
    ['报几成', '转院去外地能报几成', 'ratio-referral'],
    ['能报多少 (with 住院)', '出去旅游住院了能报多少', 'ratio-temporary'],
    ['管多久', '临时备案能管多久', 'validity-temporary'],
    ['到啥时候', '长期备案到啥时候', 'validity-long-term'],
    ['带啥', '转院备案带啥', 'materials-referral'],
    ['带啥 (with 出院)', '出院回去报销带啥', 'manual-materials'],
    ['不想去窗口', '手机上能备案吗 不想去窗口', 'channels-online'],
    ['来得及吗 (with 住院)', '住院三天了现在备案还来得及吗', 'backdate-before-discharge'],
    ['能改不', '备案城市填错了 能改不', 'change-long-term'],
  ])('%s: %s → %s', (_, query, id) => {
    expect(ids(query)[0]).toBe(id)
  })
})

describe('a mixed question: its first question answered first, the next one second', () => {
  test.each([
    ['我爸住院了没备案 现在补还来得及吗 能报多少', 'backdate-before-discharge', 'ratio-unfiled'],
    ['临时备案管多久 回老家看病受影响不', 'validity-temporary', 'temporary-home-effect'],
    ['退休去儿子那住办啥备案 要啥材料', 'type-retiree', 'materials-long-term'],
    ['转诊证明找谁开 转诊备案要啥材料', 'referral-how', 'materials-referral'],
  ])('%s', (query, first, second) => {
    expect(ids(query).slice(0, 2)).toEqual([first, second])
  })

  test('one question typed in two parts is not split into two answers', () => {
    expect(ids('不在外地住了 备案退掉')[0]).toBe('cancel-filing')
    expect(ids('备案 材料')[0]).toBe('materials-long-term')
  })
})

describe('which entries answer an intent', () => {
  const answers = entryIntents(FAQ_ENTRIES)

  test('an entry answers each intent one of whose words its question contains, in the order of the intents', () => {
    FAQ_ENTRIES.forEach((entry, at) => {
      const question = normalize(entry.question)
      const expected = INTENTS.filter((intent) => intent.asks.some((word) => question.includes(word)))
      expect({ id: entry.id, intents: answers(at).map((intent) => intent.name) }).toEqual({
        id: entry.id,
        intents: expected.map((intent) => intent.name),
      })
    })
  })

  test('most intents are answered by some entry, and a question without their words answers none', () => {
    const answered = new Set(FAQ_ENTRIES.flatMap((_, at) => answers(at)))
    expect(answered.size).toBeGreaterThan(INTENTS.length / 2)
    const plain = entryIntents([{ ...FAQ_ENTRIES[0], question: '赣州' }])
    expect(plain(0)).toEqual([])
  })
})
