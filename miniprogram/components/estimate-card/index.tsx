import type { Estimate } from '@shared/rules/estimate'
import { Text, View } from '@tarojs/components'
import SourceLine from '../source-line'
import './index.scss'

/** The estimate line by line, each with its source; marked as an estimate whatever the parameters. */
export default function EstimateCard({ estimate }: { estimate: Estimate }) {
  return (
    <View className="claim-estimate" ariaRole="region" ariaLabel="报销估算">
      <Text className="claim-estimate__title">报销估算</Text>
      <Text className="claim-estimate__total">
        预计医保支付 {estimate.fundPays} 元，个人负担 {estimate.selfPays} 元
      </Text>
      {estimate.reductionPoints > 0 && (
        <Text className="claim-estimate__reduction">支付比例降低 {estimate.reductionPoints} 个百分点</Text>
      )}
      {estimate.lines.map((line) => (
        <View key={line.text} className="claim-estimate__line">
          <Text>{line.text}</Text>
          <SourceLine source={line.source} />
        </View>
      ))}
      <Text className="claim-estimate__notice">
        这是估算，不是审核结果；实际金额以参保地经办机构审核为准。
      </Text>
    </View>
  )
}
