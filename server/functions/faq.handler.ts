import { HOTLINE } from '@shared/contact'
import { answerFaq, FAQ_ENTRIES, faqSuggestions, hotQuestions } from '@shared/faq'
import { faqCorpusSchema } from '@shared/faq/faq-entry.schema'
import { fail, ok } from '@shared/result'
import { faqEventSchema } from '@shared/schemas/faq.schema'
import { parseInput } from '@shared/schemas/parse'
import { callOf } from '../use-cases/call'
import { currentFaqAdditions } from '../use-cases/faq/additions'
import { askAgency } from '../use-cases/faq/ask-agency'
import { ANONYMOUS_CALLER, type FunctionHandler } from './handler'

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
      // What staff added since the release answers at once, here as on the phone once it fetched it.
      const additions = await currentFaqAdditions(ports)
      const { confident, hits: items } = answerFaq(event.q, {
        insuredRegion: event.insuredRegion,
        limit: event.limit,
        additions,
      })
      // No certain answer: the hits are only 可能相关; point somewhere useful as well.
      return ok(
        confident
          ? { items, confident }
          : { items, confident, suggestions: faqSuggestions(event.q, additions), hotline: HOTLINE },
      )
    }
    case 'additions': {
      const { version, aliases, entries } = await currentFaqAdditions(ports)
      return ok({ version, aliases, entries })
    }
    case 'missed':
      // Only the words and the time: who searched is not kept (the retention job drops the words later).
      await ports.faqMisses.add({ q: event.q, at: ports.clock.now().toISOString() })
      return ok({})
    case 'ask':
      if (caller === ANONYMOUS_CALLER)
        return fail({ code: 'UNAUTHENTICATED', message: '请先登录，答复会发到您的“消息”里' })
      return askAgency(callOf(caller, ports), event)
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
