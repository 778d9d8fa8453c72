import type { CallState } from '../../hooks/use-call'
import PageState from '.'

/** Loading, or the failure with a retry, while the page's data is not there; nothing once it is. */
export default function CallStateView<T>({ state, onRetry }: { state: CallState<T>; onRetry: () => void }) {
  if (state.status === 'idle' || state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') return <PageState kind="error" text={state.error.message} onRetry={onRetry} />
  return null
}
