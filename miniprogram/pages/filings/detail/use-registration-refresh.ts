import type { FilingView } from '@shared/schemas/responses.schema'
import { useEffect } from 'react'
import { call } from '../../../services/api'

const EVERY_MS = 5_000

/**
 * While an effective filing is 登记中 the page asks again every few seconds, so the person watching it sees
 * 已登记 arrive without pulling down; quietly (no loading state), and only while it is open and pending.
 */
export function useRegistrationRefresh(filing: FilingView | undefined, update: (next: FilingView) => void) {
  const waiting = filing?.registration.status === 'pending' && filing.status === 'effective'
  const filingId = filing?.filingId
  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts only when waiting or the filing changes
  useEffect(() => {
    if (!waiting || !filingId) return
    const timer = setInterval(() => {
      void call('filing.get', { filingId }).then((reply) => {
        if (reply.ok) update(reply.data)
      })
    }, EVERY_MS)
    return () => clearInterval(timer)
  }, [waiting, filingId])
}
