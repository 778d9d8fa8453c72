import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import Tap from '../tap'

interface Props {
  title: string
  /** The record's status in words. */
  chip: ReactNode
  /** Who, where, when: one line each; a false or empty one is left out. */
  lines: (string | false | undefined)[]
  /** What the person has to do next, set apart from the lines. */
  due?: string
  /** The accessible name, where the title alone says too little. */
  label?: string
  className?: string
  onTap: () => void
}

/** One record in a list (a filing, a claim, a waiting item) that opens it; styled by styles/_record.scss. */
export default function RecordCard({ title, chip, lines, due, label, className, onTap }: Props) {
  return (
    <Tap
      kind="secondary"
      className={className ? `record-card ${className}` : 'record-card'}
      label={label}
      onTap={onTap}
    >
      <View className="record-card__head">
        <Text className="record-card__title">{title}</Text>
        {chip}
      </View>
      {lines
        .filter((line): line is string => Boolean(line))
        .map((line) => (
          <Text key={line} className="record-card__line">
            {line}
          </Text>
        ))}
      {due && <Text className="record-card__due">{due}</Text>}
    </Tap>
  )
}
