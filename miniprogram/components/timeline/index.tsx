import { Text, View } from '@tarojs/components'
import './index.scss'

export interface TimelineEntry {
  /** ISO instant. */
  at: string
  title: string
  note?: string
}

/** Shanghai wall-clock time of an instant, as people read it: 2026-12-01 14:05. */
export const shanghaiTime = (iso: string): string => {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600 * 1000).toISOString()
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`
}

/** What happened, oldest first, with staff notes in full. */
export default function Timeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View className="timeline" ariaRole="list" ariaLabel="办理记录">
      {entries.map((entry, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: history only grows at the end; two entries may share an instant
        <View key={`${entry.at}-${index}`} className="timeline__entry" ariaRole="listitem">
          <View className="timeline__dot" />
          <View className="timeline__body">
            <Text className="timeline__title">{entry.title}</Text>
            <Text className="timeline__at">{shanghaiTime(entry.at)}</Text>
            {entry.note && <Text className="timeline__note">{entry.note}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
