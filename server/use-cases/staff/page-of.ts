import type { ListPosition } from '../../ports/list-position'

const BATCH = 100
/** Records one request may read to fill a page when a filter computed here skips most of them. */
const SCAN_BOUND = 1000

/**
 * Reads from just past `after` in batches, keeps what `keep` returns, and stops at `limit` items. `next` is where
 * the following page starts: given when one more item was found, or when the scan bound cut the search short.
 */
export const pageOf = async <R, V>(options: {
  read: (after: ListPosition | undefined, limit: number) => Promise<R[]>
  position: (record: R) => ListPosition
  keep: (record: R) => V | undefined
  limit: number
  after?: ListPosition
}): Promise<{ items: V[]; next?: ListPosition }> => {
  const items: V[] = []
  let last: ListPosition | undefined
  let after = options.after
  let scanned = 0
  for (;;) {
    const batch = await options.read(after, BATCH)
    for (const record of batch) {
      const item = options.keep(record)
      if (item !== undefined) {
        if (items.length === options.limit) return { items, next: last }
        items.push(item)
        last = options.position(record)
      }
      after = options.position(record)
      scanned += 1
      if (scanned >= SCAN_BOUND) return { items, next: after }
    }
    if (batch.length < BATCH) return { items }
  }
}
