import type { FaqAdditions } from '@shared/faq/additions'
import { call } from './api'

/**
 * What staff added to 政策问答 since this release (aliases, drafted entries), fetched once when the app
 * starts. Until it arrives, and without a network, the FAQ searches the corpus shipped in the app.
 */
let fetched: FaqAdditions | undefined
const listeners = new Set<(additions: FaqAdditions) => void>()

export const faqAdditions = (): FaqAdditions | undefined => fetched

/** Called with the additions when they arrive; returns the unsubscribe. */
export const onFaqAdditions = (listener: (additions: FaqAdditions) => void): (() => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const fetchFaqAdditions = (): Promise<void> =>
  call('faq.additions', {}).then((reply) => {
    // No reply (offline, server down): the shipped corpus answers; the next start asks again.
    if (!reply.ok || reply.data.version === fetched?.version) return
    fetched = reply.data
    for (const listener of listeners) listener(reply.data)
  })
