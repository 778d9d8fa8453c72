import { Text, View } from '@tarojs/components'

/** One fact of a record (参保人, 备案到, 有效期 …): its name over its value; styled by styles/_record.scss. */
export default function RecordRow({ label, value }: { label: string; value: string }) {
  return (
    <View className="record-row">
      <Text className="record-row__label">{label}</Text>
      <Text className="record-row__value">{value}</Text>
    </View>
  )
}
