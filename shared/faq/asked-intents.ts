import { INTENTS, type Intent } from './intents'
import { type PhraseTable, phraseTable } from './phrases'

let table: PhraseTable<Intent> | undefined

/**
 * The intents a query asks, in the order it asks them (a mixed question's main one first).
 * Expects compact()ed normalized text.
 */
export const askedIntents = (text: string): Intent[] => {
  table ??= phraseTable(INTENTS.flatMap((intent) => intent.says.map((phrase) => [phrase, intent] as const)))
  const matches = table.find(text).sort((a, b) => a.start - b.start)
  return [...new Set(matches.map((match) => match.value))]
}

/** Does an entry's question (normalized) say that it answers this intent? */
export const questionAnswers = (question: string, intent: Intent): boolean =>
  intent.asks.some((word) => question.includes(word))
