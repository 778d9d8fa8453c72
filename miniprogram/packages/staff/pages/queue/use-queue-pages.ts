import type { RecordKind } from '@shared/policy/vocabulary'
import type { AppError } from '@shared/result'
import type { ClaimSummary, FilingSummary } from '@shared/schemas/responses.schema'
import { useCallback, useRef, useState } from 'react'
import { call } from '../../../../services/api'
import type { QueueStatus } from './queue-filters'

export interface QueueFilter {
  kind: RecordKind
  status?: QueueStatus
  /** Claims only: 参保地 (a province, city or county code) and days waiting since filed. */
  region?: string
  waitingDays?: number
}

export type QueuePages =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | {
      status: 'done'
      items: (FilingSummary | ClaimSummary)[]
      nextCursor?: string
      more: 'idle' | 'loading' | { error: AppError }
    }

const ask = (filter: QueueFilter, cursor?: string) =>
  call('staff.queue', {
    kind: filter.kind,
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.kind === 'claim' && filter.region ? { insuredRegion: filter.region } : {}),
    ...(filter.kind === 'claim' && filter.waitingDays !== undefined
      ? { waitingDays: filter.waitingDays }
      : {}),
    ...(cursor ? { cursor } : {}),
  })

/**
 * The staff queue a page at a time: `reload` starts over for a filter, `loadMore` appends the next page. An
 * answer for a filter no longer shown is dropped, so a quick change of tab never mixes two lists.
 */
export function useQueuePages() {
  const [pages, setPages] = useState<QueuePages>({ status: 'loading' })
  const shown = useRef(0)
  const filter = useRef<QueueFilter>({ kind: 'claim' })
  const current = useRef(pages)
  current.current = pages
  const reload = useCallback(async (next: QueueFilter = filter.current) => {
    filter.current = next
    const request = ++shown.current
    setPages({ status: 'loading' })
    const reply = await ask(next)
    if (request !== shown.current) return
    setPages(
      reply.ok
        ? { status: 'done', items: reply.data.items, nextCursor: reply.data.nextCursor, more: 'idle' }
        : { status: 'error', error: reply.error },
    )
  }, [])

  const loadMore = useCallback(async () => {
    const before = current.current
    if (before.status !== 'done' || !before.nextCursor || before.more === 'loading') return
    const request = shown.current
    setPages({ ...before, more: 'loading' })
    const reply = await ask(filter.current, before.nextCursor)
    if (request !== shown.current) return
    setPages(
      reply.ok
        ? {
            status: 'done',
            items: [...before.items, ...reply.data.items],
            nextCursor: reply.data.nextCursor,
            more: 'idle',
          }
        : { ...before, more: { error: reply.error } },
    )
  }, [])

  return { pages, reload, loadMore }
}
