import type { DataOf } from '@shared/contract'
import { Text, View } from '@tarojs/components'
import SourceLine from '../../../components/source-line'

type Coverage = DataOf<'filing.coverage'>

const TITLES = { yes: '可以直接结算', no: '不能直接结算', unknown: '无法确认能否直接结算' } as const
const MARKS = { true: '符合', false: '不符合', null: '无法确认' } as const

/**
 * The answer and what to do, then every reason it rests on (the deciding one among them), each marked in words and
 * with where it comes from.
 */
export default function CoverageAnswer({ coverage }: { coverage: Coverage }) {
  return (
    <View className={`answer answer--${coverage.answer}`} ariaRole="status">
      <Text className="answer__title">{TITLES[coverage.answer]}</Text>
      {coverage.next && <Text className="answer__next">怎么办：{coverage.next}</Text>}
      <View className="answer__reasons">
        {coverage.reasons.map((reason) => (
          <View key={reason.topic} className="answer__reason">
            <Text className={`answer__mark answer__mark--${String(reason.holds)}`}>
              {MARKS[String(reason.holds) as keyof typeof MARKS]}
            </Text>
            <Text className="answer__text">{reason.text}</Text>
            {reason.asOf ? (
              <Text className="source-line">
                名单来源：{reason.source.doc} {reason.source.clause}（{reason.asOf}）
              </Text>
            ) : (
              <SourceLine source={reason.source} />
            )}
          </View>
        ))}
      </View>
    </View>
  )
}
