import type { ReactNode } from 'react'
import type { CallState } from '../../hooks/use-call'
import PageState from '../page-state'
import CallStateView from '../page-state/call-state'
import Tap from '../tap'

interface Props<T> {
  state: CallState<{ items: T[] }>
  onRetry: () => void
  /** What an empty list says. */
  empty: string
  /** Starting a new record: offered as `first` on an empty list and as `another` under a list. */
  start: { first: string; another: string; kind: 'primary' | 'plain'; onTap: () => void }
  /** One record of the list, keyed. */
  children: (item: T) => ReactNode
}

/** 我的备案, 我的报销: the caller's records, loading and failure with a retry, empty with a way to start one. */
export default function RecordList<T>({ state, onRetry, empty, start, children }: Props<T>) {
  if (state.status !== 'done') return <CallStateView state={state} onRetry={onRetry} />
  if (state.data.items.length === 0)
    return <PageState kind="empty" text={empty} action={{ label: start.first, onTap: start.onTap }} />
  return (
    <>
      {state.data.items.map(children)}
      <Tap kind={start.kind} onTap={start.onTap}>
        {start.another}
      </Tap>
    </>
  )
}
