import type { Hospital } from '@shared/hospitals/hospital.schema'
import { hospitalKindWords, settlementLines, settlementSummary } from '@shared/hospitals/settlement-words'
import { regionLabel } from '@shared/regions/regions'
import { Text, View } from '@tarojs/components'

/** One hospital: what it is, whether the list says it settles directly (by scope and care), and where that is from. */
export default function HospitalCard({ row }: { row: Hospital }) {
  const lines = settlementLines(row)
  const known = lines.some((line) => line.known)
  return (
    <View className="hospital-card" ariaRole="listitem" ariaLabel={row.name}>
      <Text className="hospital-card__name">{row.name}</Text>
      <Text className="hospital-card__kind">
        {hospitalKindWords(row)} · {regionLabel(row.regionCode) ?? row.regionCode}
      </Text>
      <Text
        className={
          known ? 'hospital-card__summary' : 'hospital-card__summary hospital-card__summary--unknown'
        }
      >
        {settlementSummary(row)}
      </Text>
      {known &&
        lines.map((line) => (
          <Text key={line.scope} className="hospital-card__line">
            {line.scope}：{line.text}
          </Text>
        ))}
      <Text className="hospital-card__source">
        来源：{row.source.doc} {row.source.clause}（{row.asOf}）
        {row.illustrative ? '；示例数据，不是真实名单' : ''}
      </Text>
    </View>
  )
}
