import type { Source } from '@shared/result'
import { Text } from '@tarojs/components'
import './index.scss'

/** Where a rule comes from: 来源：赣市医保字〔2019〕21号 一(四). */
export default function SourceLine({ source }: { source: Source }) {
  return (
    <Text className="source-line">
      来源：{source.doc} {source.clause}
    </Text>
  )
}
