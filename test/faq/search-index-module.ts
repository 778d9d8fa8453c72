/**
 * The text of the shipped index module (search-index.data.ts): the corpus and the learned terms,
 * indexed and packed. `npm run gen:faq-index` writes it; a test checks it is current.
 */
import { FAQ_ENTRIES } from '../../shared/faq/corpus'
import { LEARNED_TERMS } from '../../shared/faq/learned.data'
import { packIndex } from '../../shared/faq/packed-index'
import { faqLexicon } from '../../shared/faq/rank'
import { buildIndex } from '../../shared/faq/search-index'

export const searchIndexModule = (): string => {
  const packed = packIndex(buildIndex(FAQ_ENTRIES, faqLexicon(), LEARNED_TERMS))
  const fields = Object.entries(packed)
    .map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`)
    .join('\n')
  return `// Written by \`npm run gen:faq-index\` from the corpus and learned.data.ts; do not edit by hand.
import type { PackedIndex } from '../../shared/faq/packed-index'

export const PACKED_INDEX: PackedIndex = {
${fields}
}
`
}
