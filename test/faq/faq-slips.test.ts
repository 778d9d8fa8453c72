import { answerFaq, FAQ_ENTRIES, searchFaq } from '../../shared/faq'
import { PINYIN_SYLLABLES } from '../../shared/faq/pinyin.data'
import { EVERYDAY_WORDS, SYNONYMS } from '../../shared/faq/synonyms'

const top = (query: string) => searchFaq(query)[0]

describe('pinyin-keyboard slips find what the right characters find', () => {
  test.each([
    ['被案 for 备案', '被案分几种', '备案分几种'],
    ['备按 for 备案', '备按分几种', '备案分几种'],
    ['承若 for 承诺', '承若书是什么', '承诺书是什么'],
    ['报消 for 报销', '零星报消要准备什么材料', '零星报销要准备什么材料'],
    ['起伏线 for 起付线', '住院起伏线多少', '住院起付线多少'],
    ['急症 for 急诊', '急症没备案', '急诊没备案'],
    ['朔 for 溯 (s/sh)', '补办长期备案往前朔几天', '补办长期备案往前追溯几天'],
    ['的 for 得 inside a spoken phrase', '住院三天了现在备案还来的及吗', '住院三天了现在备案还来得及吗'],
  ])('%s', (_, slipped, right) => {
    expect(top(slipped)?.id).toBeDefined()
    expect(top(slipped)?.id).toBe(top(right)?.id)
  })

  test('the right characters still score higher than the slip', () => {
    expect(top('起付线').score).toBeGreaterThan(top('起伏线').score)
    expect(top('承诺书').score).toBeGreaterThan(top('承若书').score)
  })

  test('a word that merely sounds like a phrase is not taken for it (干部备案 is not 不备案)', () => {
    expect(top('离休干部备案')?.id).toBe('insurance-types-eligible')
  })

  test.each(['红烧肉做法', '明天会下雨吗'])(
    'a homophone of nothing in the corpus still gets no certain answer: %s',
    (query) => {
      expect(answerFaq(query).confident).toBe(false)
    },
  )
})

describe('the generated pinyin table (npm run gen:faq-pinyin)', () => {
  test('covers every character of the corpus and the synonym table', () => {
    const known = new Set(PINYIN_SYLLABLES.flatMap((line) => [...line.split(' ')[1].replace('|', '')]))
    const texts = [
      ...FAQ_ENTRIES.flatMap((entry) => [entry.question, entry.answer, ...entry.keywords]),
      ...SYNONYMS,
      ...EVERYDAY_WORDS,
    ]
    const missing = [...new Set([...texts.join('')].filter((char) => /[\u3400-\u9fff]/.test(char)))].filter(
      (char) => !known.has(char),
    )
    expect(missing).toEqual([])
  })
})
