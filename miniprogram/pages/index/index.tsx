import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import './index.scss'

interface HomeEntry {
  title: string
  hint: string
  /** Page to open; entries without one are not built yet. */
  url?: string
}

const ENTRIES: readonly HomeEntry[] = [
  { title: '异地就医备案', hint: '去外地看病前，先在手机上备案' },
  { title: '我的备案', hint: '查进度、补材料、变更或撤销' },
  { title: '政策问答', hint: '输入几个字，查政策原文', url: '/packages/faq/pages/index' },
  { title: '手工报销', hint: '没能直接结算的费用，在线申请' },
]

function open(entry: HomeEntry) {
  if (entry.url) {
    Taro.navigateTo({ url: entry.url })
  } else {
    Taro.showToast({ title: '即将开放', icon: 'none' })
  }
}

export default function Home() {
  return (
    <View className="home">
      <View className="home__header">
        <Text className="home__title">异地就医</Text>
        <Text className="home__subtitle">备案、问政策、报销，在手机上办</Text>
      </View>
      <View className="home__entries">
        {ENTRIES.map((entry) => (
          <View
            key={entry.title}
            className="home-entry"
            hoverClass="home-entry--pressed"
            ariaRole="button"
            ariaLabel={entry.title}
            onClick={() => open(entry)}
          >
            <Text className="home-entry__title">{entry.title}</Text>
            <Text className="home-entry__hint">{entry.hint}</Text>
          </View>
        ))}
      </View>
      <Text className="home__footer">
        以参保地医保经办机构解释为准 · <Text className="home__hotline">咨询电话 12393</Text>
      </Text>
    </View>
  )
}
