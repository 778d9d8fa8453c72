import type { NotificationKind } from '@shared/policy/vocabulary'
import Taro from '@tarojs/taro'
import { SUBSCRIPTION_TEMPLATES } from './subscription-templates'

/**
 * Asks WeChat's consent to send the messages of `kinds` (one subscription message each). Must be called
 * inside the tap itself; a refusal, or a build without template ids, changes nothing: the 消息 list still has them.
 */
export function askForUpdates(kinds: readonly NotificationKind[]): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') return Promise.resolve()
  const tmplIds = kinds.flatMap((kind) => SUBSCRIPTION_TEMPLATES[kind] || [])
  if (tmplIds.length === 0) return Promise.resolve()
  try {
    // Called at once, not in a later tick: WeChat refuses the dialog outside the tap.
    const asked = Taro.requestSubscribeMessage({ tmplIds } as Parameters<
      typeof Taro.requestSubscribeMessage
    >[0])
    return Promise.resolve(asked).then(
      () => undefined,
      () => undefined,
    )
  } catch {
    return Promise.resolve()
  }
}
