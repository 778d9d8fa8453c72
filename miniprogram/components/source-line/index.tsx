import { sourceLabel } from '@shared/policy/sources'
import type { Source } from '@shared/result'
import { Text } from '@tarojs/components'
import './index.scss'

/** Where a rule comes from: 来源：赣市医保字〔2019〕21号 一(四), or 来源：参照… for another region's notice. */
export default function SourceLine({ source }: { source: Source }) {
  return <Text className="source-line">来源：{sourceLabel(source)}</Text>
}
