import { DISCLAIMER as FAQ_DISCLAIMER, HOTLINE as FAQ_HOTLINE } from '../../shared/contact'
import { answerFaq, faqEntryById, faqSuggestions, hotQuestions, searchFaq } from '../../shared/faq'
import { profileFor } from '../../shared/policy/profiles'
import { DOCUMENTS } from '../../shared/policy/sources'

const topId = (query: string) => searchFaq(query)[0]?.id

describe('what users type', () => {
  test.each([
    ['急诊没备案', 'emergency-no-filing'],
    ['退休去女儿那住', 'type-retiree'],
    ['零星报销要啥', 'manual-materials'],
  ])('the issue’s examples: %s → %s', (query, id) => {
    expect(topId(query)).toBe(id)
  })

  test.each([
    ['full-width letters and space', 'ＡＰＰ　备案', '手机备案'],
    ['traditional characters', '急診沒備案', '急诊没备案'],
    ['spaces inside a word', '住 院 期 间 备案 过期', '住院期间备案过期'],
    ['punctuation', '零星，报销？要啥！', '零星报销要啥'],
    ['upper case', '12393 HOTLINE', '12393 hotline'],
  ])('%s give the same first answer', (_, typed, plain) => {
    expect(topId(typed)).toBeDefined()
    expect(topId(typed)).toBe(topId(plain))
  })

  test.each(['asdf', '今天天气', '你好', '红烧肉做法', '明天会下雨吗', '怎么注册微信', '', '   ', '？？？'])(
    'no certain answer for %j',
    (query) => {
      expect(answerFaq(query).confident).toBe(false)
    },
  )

  test('a one-character word still finds something', () => {
    expect(searchFaq('药').map((hit) => hit.id)).toContain('pharmacy-direct')
  })
})

describe('results', () => {
  test('best first, five by default, at most twenty', () => {
    const hits = searchFaq('备案 材料 报销 比例 有效期 急诊 转诊', { limit: 50 })
    expect(hits.length).toBeLessThanOrEqual(20)
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a))
    expect(searchFaq('备案 材料 报销 比例 有效期 急诊 转诊').length).toBeLessThanOrEqual(5)
    expect(searchFaq('备案 材料', { limit: 1 })).toHaveLength(1)
  })

  test('every hit cites at least one notice clause by its number', () => {
    const docs = new Set<string>(Object.values(DOCUMENTS))
    for (const hit of searchFaq('备案 报销 急诊 比例 有效期', { limit: 20 })) {
      expect(hit.sources.length).toBeGreaterThan(0)
      for (const source of hit.sources) expect(docs.has(source.doc)).toBe(true)
    }
  })

  test('changing a hit does not change the corpus', () => {
    const hit = searchFaq('急诊没备案')[0]
    hit.sources[0].clause = 'x'
    hit.answer = 'x'
    expect(searchFaq('急诊没备案')[0].sources[0].clause).not.toBe('x')
    expect(faqEntryById(hit.id)?.answer).not.toBe('x')
  })
})

describe('region variants follow the insured region', () => {
  test.each([
    ['420100', 'hubei-2022', '6个月'],
    ['370811', 'jining-2023', '不再设有效期'],
    ['360702', 'ganzhou-2019', '各限结算一次'],
    ['110000', 'national-2022', '不少于6个月'],
  ])('temporary validity for %s (%s) says %s', (region, profile, phrase) => {
    expect(profileFor(region).id).toBe(profile)
    const hit = searchFaq('临时备案多长时间有效', { insuredRegion: region })[0]
    expect(hit.id).toBe('validity-temporary')
    expect(hit.answer).toContain(phrase)
    expect(hit.answer).toBe(faqEntryById('validity-temporary')?.variants?.[profile]?.answer)
  })

  test('without a region the general answer says where regions differ', () => {
    const hit = searchFaq('临时备案多长时间有效')[0]
    expect(hit.answer).toBe(faqEntryById('validity-temporary')?.answer)
    expect(hit.answer).toMatch(/各地不同/)
  })

  test.each([
    ['370811', '发生医疗费用'],
    ['360702', '原则上一年内不得取消，备案到江西省外的（跨省）按国家规定6个月内不得取消'],
    // 吉 二(二) lifts only the cap of two changes a year; the cancel rule is the national one.
    ['220102', '每年变更登记2次的限制；取消备案的时限吉林未另作规定，按全国规定办理'],
  ])("cancelling a long-term filing in %s: the answer states that region's rule (%s)", (region, phrase) => {
    const hit = searchFaq('长期备案想取消', { insuredRegion: region })[0]
    expect(hit.id).toBe('cancel-filing')
    expect(hit.answer).toContain(phrase)
  })

  test('a region without a variant gets the general answer', () => {
    const general = faqEntryById('emergency-no-filing')?.answer
    expect(searchFaq('急诊没备案', { insuredRegion: '420100' })[0].answer).toBe(general)
  })
})

describe('hot questions, suggestions, constants', () => {
  test('hot questions are curated entries with score 0', () => {
    const hot = hotQuestions()
    expect(hot.length).toBeGreaterThan(0)
    for (const hit of hot) {
      expect(hit.score).toBe(0)
      expect(faqEntryById(hit.id)).toBeDefined()
    }
    expect(hotQuestions(3)).toHaveLength(3)
  })

  test('no match: a few questions to try and the hotline', () => {
    const suggestions = faqSuggestions('asdf')
    expect(suggestions.length).toBeGreaterThanOrEqual(3)
    expect(suggestions.at(-1)).toContain(FAQ_HOTLINE)
    expect(suggestions.at(-1)).toContain(FAQ_DISCLAIMER)
  })

  test('the hotline and the disclaimer', () => {
    expect(FAQ_HOTLINE).toBe('12393')
    expect(FAQ_DISCLAIMER).toBe('以参保地医保经办机构解释为准')
  })

  test('entries by id', () => {
    expect(faqEntryById('hotline')?.question).toMatch(/电话/)
    expect(faqEntryById('no-such-entry')).toBeUndefined()
  })
})
