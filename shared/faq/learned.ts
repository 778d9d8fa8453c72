/**
 * Learned terms: for each entry, the words (character pairs and latin words) that people who were
 * never shown the engine used when asking for it, each as often as their paraphrases used it (capped).
 * They are indexed as a fifth BM25F field, so the ranking learns 退掉 → 取消备案 from data rather than
 * from a hand-written synonym. Fitted by `npm run fit:faq` into learned.data.ts.
 */

/**
 * By entry id: space-separated items `item` or `item:count`. A Han item is a chain whose every two
 * neighbouring characters are one learned pair (退掉备案 stands for 退掉, 掉备, 备案), which ships the
 * pairs in about half the bytes; any other item is one latin word. Each token counts `count` times.
 */
export type LearnedTerms = Readonly<Record<string, string>>

/** Between keywords (2) and the answer (0.6): many people's words, but not the agency's. */
export const LEARNED_FIELD_WEIGHT = 1.5

const HAN_CHAIN = /^[\u3400-\u9fff\uf900-\ufaff]{2,}$/

/** Each learned token, repeated as often as it was learned, as the index counts term frequencies. */
export const learnedTokens = (encoded: string | undefined): string[] => {
  if (!encoded) return []
  const tokens: string[] = []
  for (const encodedItem of encoded.split(' ')) {
    const at = encodedItem.lastIndexOf(':')
    const item = at > 0 ? encodedItem.slice(0, at) : encodedItem
    const count = at > 0 ? Number(encodedItem.slice(at + 1)) : 1
    const itemTokens = HAN_CHAIN.test(item)
      ? Array.from({ length: item.length - 1 }, (_, start) => item.slice(start, start + 2))
      : [item]
    for (let i = 0; i < count; i++) tokens.push(...itemTokens)
  }
  return tokens
}
