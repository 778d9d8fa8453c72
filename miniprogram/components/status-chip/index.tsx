import { Text } from '@tarojs/components'
import './index.scss'

export type ChipTone = 'good' | 'waiting' | 'bad' | 'neutral'

/** A status in words on a coloured ground; the words carry the meaning, the colour only helps. */
export default function StatusChip({ text, tone }: { text: string; tone: ChipTone }) {
  return <Text className={`status-chip status-chip--${tone}`}>{text}</Text>
}
