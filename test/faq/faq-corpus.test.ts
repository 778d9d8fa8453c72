import { FAQ_ENTRIES } from '../../shared/faq'
import { faqCorpusSchema, faqEntrySchema } from '../../shared/faq/faq-entry.schema'
import { HOT_QUESTION_IDS } from '../../shared/faq/hot'
import { PROFILES } from '../../shared/policy/profiles'
import { DOCUMENTS } from '../../shared/policy/sources'

const valid = FAQ_ENTRIES[0]

describe('the corpus', () => {
  test('has at least 80 entries with stable kebab-case ids', () => {
    expect(FAQ_ENTRIES.length).toBeGreaterThanOrEqual(80)
    for (const entry of FAQ_ENTRIES) expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test('cites every notice and the national rules', () => {
    const cited = new Set(FAQ_ENTRIES.flatMap((entry) => entry.sources.map((source) => source.doc)))
    for (const key of [
      'national-2022',
      'jilin-2018',
      'jining-2023',
      'ganzhou-2019',
      'guangdong-2015',
      'hrss-2014',
      'hubei-2022',
    ] as const) {
      expect(cited).toContain(DOCUMENTS[key])
    }
  })

  test('answers are short: at most four sentences', () => {
    const answers = FAQ_ENTRIES.flatMap((entry) => [
      entry.answer,
      ...Object.values(entry.variants ?? {}).map((variant) => variant.answer),
    ])
    for (const answer of answers) {
      expect(answer.split(/[。！？]/).filter((part) => part.trim()).length).toBeLessThanOrEqual(4)
    }
  })

  test('variants exist only for real profiles, and each of the five regions has some', () => {
    const ids = new Set(PROFILES.map((profile) => profile.id))
    const used = new Set(FAQ_ENTRIES.flatMap((entry) => Object.keys(entry.variants ?? {})))
    for (const id of used) expect(ids).toContain(id)
    for (const id of ['jilin-2018', 'jining-2023', 'ganzhou-2019', 'guangdong-2015', 'hubei-2022']) {
      expect(used).toContain(id)
    }
  })

  test('hot questions are corpus entries', () => {
    const ids = new Set(FAQ_ENTRIES.map((entry) => entry.id))
    for (const id of HOT_QUESTION_IDS) expect(ids).toContain(id)
  })
})

describe('the schema rejects malformed entries', () => {
  test.each([
    ['an id that is not kebab-case', { ...valid, id: 'Not_Kebab' }],
    ['no sources', { ...valid, sources: [] }],
    ['an unknown document', { ...valid, sources: [{ doc: '某某文件', clause: '一' }] }],
    ['an answer of five sentences', { ...valid, answer: '一。二。三。四。五句话太长了。' }],
    ['a variant for an unknown profile', { ...valid, variants: { 'mars-2099': valid } }],
    ['one keyword', { ...valid, keywords: ['备案'] }],
  ])('%s', (_, entry) => {
    expect(faqEntrySchema.safeParse(entry).success).toBe(false)
  })

  test('duplicate ids', () => {
    expect(faqCorpusSchema.safeParse([valid, valid]).success).toBe(false)
  })
})
