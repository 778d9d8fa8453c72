import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import PageState from '../../../../components/page-state'
import { useCall } from '../../../../hooks/use-call'

/** 问答统计: by week, the searches that found no certain answer and the answers marked 没帮助. */
export default function FaqWeekly() {
  const { state, run } = useCall('staff.faq_weekly')
  const load = () => void run({})
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once when the tab opens
  useEffect(load, [])
  if (state.status === 'idle' || state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') return <PageState kind="error" text={state.error.message} onRetry={load} />
  return (
    <View className="record-card" ariaRole="group" ariaLabel="政策问答每周统计">
      <View className="record-card__head">
        <Text className="record-card__title">政策问答每周统计</Text>
      </View>
      <Text className="record-section__hint">
        没找到答案：搜索后页面说没有找到确定答案的次数；没帮助：回答被点“没帮助”的次数。
      </Text>
      {state.data.items.map((week) => (
        <View
          key={week.weekStart}
          className="faq-week"
          ariaRole="group"
          ariaLabel={`${week.weekStart} 起的一周`}
        >
          <Text className="record-section__text">{`${week.weekStart} 起一周：没找到答案 ${week.misses} 次，没帮助 ${week.unhelpful} 次`}</Text>
        </View>
      ))}
    </View>
  )
}
