import { EXAMPLE_SOURCE } from '@shared/policy/sources'
import type { Estimate } from '@shared/rules/estimate'
import { Text, View } from '@tarojs/components'
import SourceLine from '../source-line'
import './index.scss'

const isExample = (line: Estimate['lines'][number]) => line.source.doc === EXAMPLE_SOURCE.doc

/**
 * The estimate line by line, each with its source; example values are said to be examples once, on the last
 * line, rather than under every figure. Marked as an estimate whatever the parameters.
 */
export default function EstimateCard({
  estimate,
  remarks = {},
}: {
  estimate: Estimate
  /** The reviewer's word on a line, by its index (需补充：…, 不予报销：…). */
  remarks?: Record<number, string>
}) {
  const lastExample = estimate.lines.map(isExample).lastIndexOf(true)
  return (
    <View className="claim-estimate" ariaRole="region" ariaLabel="报销估算">
      <Text className="claim-estimate__title">报销估算</Text>
      <Text className="claim-estimate__total">
        预计医保支付 {estimate.fundPays.toFixed(2)} 元，您自己负担 {estimate.selfPays.toFixed(2)} 元
      </Text>
      {estimate.reductionYuan > 0 && (
        <Text className="claim-estimate__reduction">
          因{estimate.reduction ?? `报销比例降低 ${estimate.reductionPoints} 个百分点`}，少报{' '}
          {estimate.reductionYuan.toFixed(2)} 元
        </Text>
      )}
      {estimate.lines.map((line, index) => (
        <View key={line.text} className="claim-estimate__line">
          <Text>{line.text}</Text>
          {(!isExample(line) || index === lastExample) && <SourceLine source={line.source} />}
          {remarks[index] && <Text className="claim-estimate__remark">审核意见：{remarks[index]}</Text>}
        </View>
      ))}
      <Text className="claim-estimate__notice">
        这是估算，不是审核结果；实际金额以参保地经办机构审核为准。
      </Text>
    </View>
  )
}
