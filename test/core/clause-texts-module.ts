// The text of shared/policy/clause-texts.data.ts: the words of every clause the FAQ cites from a notice the
// product holds, as published in docs/notices/. `npm run gen:clause-texts` writes it; a test checks it is current.
import { FAQ_ENTRIES } from '@shared/faq'
import { documentKeyOf } from '@shared/policy/sources'
import type { Source } from '@shared/result'
import { clauseText, HELD_TEXTS } from './notice-texts'

const heldKey = (from: Source) => HELD_TEXTS.find((key) => key === documentKeyOf(from))

/** Every source an FAQ answer shows, in any region's variant. */
export const faqSources = (): Source[] =>
  FAQ_ENTRIES.flatMap((entry) => [
    ...entry.sources,
    ...Object.values(entry.variants ?? {}).flatMap((variant) => variant.sources ?? []),
  ])

export const clauseTextsModule = (): string => {
  const texts = new Map<string, string>()
  for (const from of faqSources()) {
    const key = heldKey(from)
    if (!key) continue
    const text = clauseText(key, from.clause)
    if (!text) throw new Error(`${from.doc} has no clause ${from.clause}`)
    texts.set(`${key} ${from.clause}`, text)
  }
  const rows = [...texts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, text]) => `  ${JSON.stringify(key)}: ${JSON.stringify(text)},`)
  return `// Written by \`npm run gen:clause-texts\` from docs/notices/; do not edit by hand.

/** By \`notice-key clause\`: the clause's words as the notice publishes them. */
export const CLAUSE_TEXTS: Readonly<Record<string, string>> = {
${rows.join('\n')}
}
`
}
