import type { NotificationKind } from '@shared/policy/vocabulary'
import Taro from '@tarojs/taro'
import { call } from './api'
import { SUBSCRIPTION_TEMPLATES } from './subscription-templates'

/** What the person agreed to: WeChat answers each template id with 'accept', 'reject', 'ban' or 'filter'. */
type Answers = Record<string, unknown>

/**
 * Asks WeChat's consent to send the messages of `kinds` (one subscription message per acceptance), and tells the
 * server which were accepted: it counts them and sends no more than that. Must be called inside the tap itself.
 * Resolves to the kinds accepted; a refusal or a build without template ids gives none, and the 消息 list still
 * has every message.
 */
export function askForUpdates(kinds: readonly NotificationKind[]): Promise<NotificationKind[]> {
  const none = Promise.resolve<NotificationKind[]>([])
  if (process.env.TARO_ENV !== 'weapp') return none
  const asked = kinds.flatMap((kind) => {
    const tmplId = SUBSCRIPTION_TEMPLATES[kind]
    return tmplId ? [{ kind, tmplId }] : []
  })
  if (asked.length === 0) return none
  let answered: Promise<Answers>
  try {
    // Called at once, not in a later tick: WeChat refuses the dialog outside the tap.
    answered = Promise.resolve(
      Taro.requestSubscribeMessage({ tmplIds: asked.map(({ tmplId }) => tmplId) } as Parameters<
        typeof Taro.requestSubscribeMessage
      >[0]) as unknown as Answers,
    )
  } catch {
    return none
  }
  return answered.then(
    (answers) => {
      const accepted = asked.filter(({ tmplId }) => answers?.[tmplId] === 'accept').map(({ kind }) => kind)
      if (accepted.length > 0) void call('account.subscribed', { accepted })
      return accepted
    },
    () => [],
  )
}
