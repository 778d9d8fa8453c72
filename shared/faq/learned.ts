/**
 * Learned terms: for each entry, the words (character pairs and latin words) that people who were
 * never shown the engine used when asking for it, each with how many of their paraphrases used it.
 * They are indexed as a fifth BM25F field, so the ranking learns 退掉 → 取消备案 from data rather than
 * from a hand-written synonym. Fitted at build time into learned.data.ts.
 */

/** By entry id: `token:count` separated by spaces (count omitted when 1). */
export type LearnedTerms = Readonly<Record<string, string>>

/** Between keywords (2) and the answer (0.6): many people's words, but not the agency's. */
export const LEARNED_FIELD_WEIGHT = 1.5

/** Each token repeated by its count, as the index counts term frequencies. */
export const learnedTokens = (encoded: string | undefined): string[] => {
  if (!encoded) return []
  const tokens: string[] = []
  for (const item of encoded.split(' ')) {
    const at = item.lastIndexOf(':')
    const token = at > 0 ? item.slice(0, at) : item
    const count = at > 0 ? Number(item.slice(at + 1)) : 1
    for (let i = 0; i < count; i++) tokens.push(token)
  }
  return tokens
}
