import type { FaqAdditions } from '@shared/faq'
import type { FaqAddition } from '../../ports/faq-additions'
import type { Ports } from '../../ports/ports'

let cached: FaqAdditions | undefined

/** Additions change only when staff add one: each is appended, so their count and the last id name a state. */
const versionOf = (list: readonly FaqAddition[]) =>
  list.length ? `${list.length}-${list[list.length - 1].id}` : ''

/**
 * What staff added since the release, as the search takes it. The same object while nothing changed, so
 * the search's index with the additions is built once per change, not per request.
 */
export const currentFaqAdditions = async (ports: Ports): Promise<FaqAdditions> => {
  const list = await ports.faqAdditions.list()
  const version = versionOf(list)
  if (cached?.version === version) return cached
  cached = {
    version,
    aliases: list.flatMap((added) =>
      added.kind === 'alias' ? [{ entryId: added.entryId, text: added.text }] : [],
    ),
    entries: list.flatMap((added) => (added.kind === 'entry' ? [added.entry] : [])),
  }
  return cached
}
