import type { AppError } from '@shared/result'
import { Text, View } from '@tarojs/components'
import PageState from '../../../../components/page-state'
import Tap from '../../../../components/tap'

/** The foot of a paged list: the next page on request, its loading and failure, or that all are shown. */
export default function QueueMore({
  shown,
  more,
  onMore,
}: {
  shown: number
  /** Undefined once the last page is in. */
  more: 'idle' | 'loading' | { error: AppError } | undefined
  onMore: () => void
}) {
  if (more === undefined)
    return (
      <View className="queue-more" ariaRole="status">
        <Text className="queue-more__end">已全部显示，共 {shown} 条</Text>
      </View>
    )
  if (typeof more === 'object')
    return <PageState kind="error" text={`下一页没有加载成功：${more.error.message}`} onRetry={onMore} />
  return (
    <View className="queue-more">
      <Tap kind="secondary" disabled={more === 'loading'} onTap={onMore}>
        {more === 'loading' ? '正在加载…' : '加载更多'}
      </Tap>
    </View>
  )
}
