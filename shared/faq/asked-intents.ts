import { INTENTS, type Intent } from './intents'
import { type PhraseTable, phraseLines } from './phrases'

let table: PhraseTable<number> | undefined

/**
 * The intents a query asks, in the order it asks them (a mixed question's main one first).
 * Expects compact()ed normalized text.
 */
export const askedIntents = (text: string): Intent[] => {
  // A line an intent: its phrases are written without spaces (a test holds them so).
  table ??= phraseLines(INTENTS.map((intent) => intent.says.join(' ')))
  const matches = table.find(text).sort((a, b) => a.start - b.start)
  return [...new Set(matches.map((match) => INTENTS[match.value]))]
}
