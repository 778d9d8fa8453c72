// Chinese typed as pinyin letters (beian for 备案, jizhen for 急诊): every keyword of the corpus, spelled in toneless
// pinyin by pinyin-pro, finds an entry that uses that keyword.
import { pinyin } from 'pinyin-pro'
import { FAQ_ENTRIES, searchFaq } from '../../shared/faq'

const HAN_WORD = /^[\u4e00-\u9fff]{2,4}$/
const keywords = [...new Set(FAQ_ENTRIES.flatMap((entry) => entry.keywords))].filter((word) =>
  HAN_WORD.test(word),
)
const spelled = (word: string) => pinyin(word, { toneType: 'none', type: 'array', v: true }).join('')
const usedBy = (word: string) =>
  new Set(
    FAQ_ENTRIES.filter((entry) => entry.keywords.includes(word) || entry.question.includes(word)).map(
      (e) => e.id,
    ),
  )

test('a keyword typed in pinyin finds an entry that uses it among the first three', () => {
  const missed = keywords.filter((word) => {
    const ids = searchFaq(spelled(word), { limit: 3 }).map((hit) => hit.id)
    return !ids.some((id) => usedBy(word).has(id))
  })
  console.log(
    `${keywords.length - missed.length} of ${keywords.length} keywords found in pinyin; missed: ${missed.join(' ')}`,
  )
  expect(missed.length / keywords.length).toBeLessThanOrEqual(0.1)
})

test('letters that are not pinyin find nothing', () => {
  expect(searchFaq('qwertyzz')).toEqual([])
})
