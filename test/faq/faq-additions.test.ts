// What staff add between releases (shared/faq/additions.ts) changes the search the app and the server run:
// an alias finds its entry, certain, for that wording and near ones; a drafted entry is found by its words;
// without additions, or for other questions, the shipped ranking is unchanged.
import { answerFaq, type FaqAdditions, searchFaq } from '@shared/faq'
import { TUNED_SETS } from './query-sets'

const ALIAS = '老年证能当身份证用吗'
const additions: FaqAdditions = {
  version: '2',
  aliases: [{ entryId: 'type-retiree', text: ALIAS }],
  entries: [
    {
      id: 'draft-1',
      question: '异地住院请护工的费用能报销吗？',
      keywords: ['护工', '陪护'],
      answer: '护工费、陪护费不属于基本医疗保险基金支付范围，需个人自理。',
      sources: [{ doc: '本程序服务规则', clause: '经办答复' }],
    },
  ],
}

test('without the alias the wording finds nothing; with it, its entry first and certain', () => {
  expect(answerFaq(ALIAS).confident).toBe(false)
  expect(searchFaq(ALIAS)[0]?.id).not.toBe('type-retiree')
  const answered = answerFaq(ALIAS, { additions })
  expect(answered).toMatchObject({ confident: true, hits: [{ id: 'type-retiree' }] })
  // Punctuation and a question mark do not make it another wording.
  expect(answerFaq(`${ALIAS}？`, { additions }).hits[0].id).toBe('type-retiree')
})

test('a drafted entry is found by its words, with its source clause', () => {
  expect(searchFaq('请护工的钱能报吗').map((hit) => hit.id)).not.toContain('draft-1')
  const [first] = searchFaq('请护工的钱能报吗', { additions })
  expect(first).toMatchObject({ id: 'draft-1', sources: [{ doc: '本程序服务规则', clause: '经办答复' }] })
})

test('the tuned sets rank as before when staff added something else', () => {
  for (const set of Object.values(TUNED_SETS))
    for (const { q } of set) {
      const before = searchFaq(q).map((hit) => hit.id)
      const after = searchFaq(q, { additions }).map((hit) => hit.id)
      expect({ q, ids: after.slice(0, 1) }).toEqual({ q, ids: before.slice(0, 1) })
    }
})
