import { HOTLINE } from '@shared/contact'
import { FAQ_ENTRIES, faqSuggestions, hotQuestions, searchFaq } from '@shared/faq'
import { faqCorpusSchema } from '@shared/faq/faq-entry.schema'
import { ok } from '@shared/result'
import { faqEventSchema } from '@shared/schemas/faq.schema'
import { parseInput } from '@shared/schemas/parse'
import type { FunctionHandler } from './handler'

let corpusChecked = false

/** The phone trusts the shipped corpus; the server checks it once, so a malformed entry fails loudly here. */
const checkCorpus = () => {
  if (corpusChecked) return
  faqCorpusSchema.parse(FAQ_ENTRIES)
  corpusChecked = true
}

/** The same search the phone runs offline, for clients without the corpus. */
export const faqFunction: FunctionHandler = async (input, caller, ports) => {
  checkCorpus()
  const parsed = parseInput(faqEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  switch (event.action) {
    case 'search': {
      const items = searchFaq(event.q, { insuredRegion: event.insuredRegion, limit: event.limit })
      // No match: point somewhere useful instead of an empty screen.
      return ok(
        items.length > 0 ? { items } : { items, suggestions: faqSuggestions(event.q), hotline: HOTLINE },
      )
    }
    case 'hot':
      return ok({ items: hotQuestions(undefined, event.insuredRegion) })
    case 'feedback':
      await ports.faqFeedback.add({
        id: event.id,
        helpful: event.helpful,
        ...(event.q ? { q: event.q } : {}),
        caller,
        at: ports.clock.now().toISOString(),
      })
      return ok({})
  }
}
