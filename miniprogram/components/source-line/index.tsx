import { documentKeyOf, sourceLabel } from '@shared/policy/sources'
import type { Source } from '@shared/result'
import { Text } from '@tarojs/components'
import './index.scss'

/**
 * What a source that is no notice says instead: an example number, or a rule of this service. It is set apart
 * from the citations, so nobody takes it for a legal basis.
 */
const NOT_A_NOTICE = {
  example: () => '示例数值，以当地经办机构公布为准',
  service: (clause: string) => `本服务的办理规则（${clause}），非政策条文`,
} as const

/** The words under a rule or an answer, and whether they cite a notice. */
export const sourceWords = (source: Source): { text: string; notice: boolean } => {
  const key = documentKeyOf(source)
  return key === 'example' || key === 'service'
    ? { text: NOT_A_NOTICE[key](source.clause), notice: false }
    : { text: `来源：${sourceLabel(source)}`, notice: true }
}

/** Where a rule comes from: 来源：赣市医保字〔2019〕21号 一(四), or 来源：参照… for another region's notice. */
export default function SourceLine({ source }: { source: Source }) {
  const { text, notice } = sourceWords(source)
  return <Text className={notice ? 'source-line' : 'source-line source-line--not-notice'}>{text}</Text>
}
