import type { ActionKey, EventOf } from '@shared/contract'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { useCall } from './use-call'

/**
 * A page's data: asked for each time the page shows (it may have changed meanwhile) and on pull-down, with
 * the request state to render.
 */
export function useShown<K extends ActionKey>(key: K, event: EventOf<K>) {
  const { state, run, setState } = useCall(key)
  const load = () => run(event)
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().then(() => Taro.stopPullDownRefresh()))
  return { state, load, setState }
}
