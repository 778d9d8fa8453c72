import { INTENTS, type Intent } from './intents'

interface Match {
  intent: Intent
  start: number
  end: number
}

/**
 * The intents a query asks, in the order it asks them (a mixed question's main one first). A phrase
 * inside a longer phrase of another intent does not count: 能报多少钱 asks an amount, not a ratio.
 * Expects compact()ed normalized text.
 */
export const askedIntents = (text: string): Intent[] => {
  const matches: Match[] = []
  for (const intent of INTENTS) {
    for (const phrase of intent.says) {
      for (let start = text.indexOf(phrase); start >= 0; start = text.indexOf(phrase, start + 1)) {
        matches.push({ intent, start, end: start + phrase.length })
      }
    }
  }
  const kept = matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other.intent !== match.intent &&
          other.start <= match.start &&
          other.end >= match.end &&
          other.end - other.start > match.end - match.start,
      ),
  )
  kept.sort((a, b) => a.start - b.start)
  return [...new Set(kept.map((match) => match.intent))]
}

/** Does an entry's question (normalized) say that it answers this intent? */
export const questionAnswers = (question: string, intent: Intent): boolean =>
  intent.asks.some((word) => question.includes(word))
