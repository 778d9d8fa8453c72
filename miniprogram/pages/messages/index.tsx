import { NOTIFICATION_ROUTES } from '@shared/routes'
import type { NotificationView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import PageState from '../../components/page-state'
import Tap from '../../components/tap'
import { shanghaiTime } from '../../components/timeline'
import { useFontScale } from '../../hooks/use-font-scale'
import { call } from '../../services/api'
import { go } from '../../services/navigate'
import './index.scss'
import CallStateView from '../../components/page-state/call-state'
import { useShown } from '../../hooks/use-shown'

/** 消息: the caller's own notifications, newest first; opening one marks it read and shows its record. */
export default function Messages() {
  const scale = useFontScale()
  const { state, load, setState } = useShown('account.notifications', {})

  const markRead = (ids: string[]) => {
    if (state.status !== 'done' || ids.length === 0) return Promise.resolve()
    const items = state.data.items.map((item) => (ids.includes(item.id) ? { ...item, read: true } : item))
    setState({ status: 'done', data: { items, unread: items.filter((item) => !item.read).length } })
    return call('account.markRead', { ids }).then(() => undefined)
  }
  const open = (message: NotificationView) => {
    void markRead(message.read ? [] : [message.id])
    void go(NOTIFICATION_ROUTES[message.kind], { id: message.recordId })
  }

  return (
    <View className="messages" style={scale}>
      <CallStateView state={state} onRetry={load} />
      {state.status === 'done' && state.data.items.length === 0 && (
        <PageState kind="empty" text="还没有消息。备案和报销的审核结果、补材料提醒会出现在这里。" />
      )}
      {state.status === 'done' && state.data.unread > 0 && (
        <Tap
          kind="plain"
          onTap={() => void markRead(state.data.items.filter((item) => !item.read).map((item) => item.id))}
        >
          全部标为已读（{state.data.unread} 条未读）
        </Tap>
      )}
      {state.status === 'done' &&
        state.data.items.map((message) => (
          <Tap
            key={message.id}
            kind="secondary"
            className={message.read ? 'message' : 'message message--unread'}
            onTap={() => open(message)}
          >
            <View className="message__head">
              <Text className="message__title">{message.title}</Text>
              {!message.read && <Text className="message__badge">未读</Text>}
            </View>
            {message.note && <Text className="message__note">{message.note}</Text>}
            {message.next && <Text className="message__note">{message.next}</Text>}
            {message.deadline && <Text className="message__note">截止日期：{message.deadline}</Text>}
            <Text className="message__at">{shanghaiTime(message.createdAt)}</Text>
          </Tap>
        ))}
    </View>
  )
}
