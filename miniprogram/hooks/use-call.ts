import type { ActionKey, DataOf, EventOf } from '@shared/contract'
import type { Envelope } from '@shared/envelope'
import type { AppError } from '@shared/result'
import { useCallback, useRef, useState } from 'react'
import { call } from '../services/api'

export type CallState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; data: T }
  | { status: 'error'; error: AppError }

/**
 * One action's request state for a page: idle, loading, done with data, or an error to show with a retry.
 * A call started while one runs is ignored, so a double tap sends once.
 */
export function useCall<K extends ActionKey>(key: K) {
  const [state, setState] = useState<CallState<DataOf<K>>>({ status: 'idle' })
  const running = useRef(false)
  const run = useCallback(
    (event: EventOf<K>): Promise<Envelope<DataOf<K>> | undefined> => {
      if (running.current) return Promise.resolve(undefined)
      running.current = true
      setState({ status: 'loading' })
      return call<K>(key, event).then((reply) => {
        running.current = false
        setState(reply.ok ? { status: 'done', data: reply.data } : { status: 'error', error: reply.error })
        return reply
      })
    },
    [key],
  )
  return { state, run, setState }
}
