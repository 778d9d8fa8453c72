import { clauseTextOf } from '@shared/policy/clause-text'
import type { Source } from '@shared/result'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { sourceWords } from '../source-line'
import Tap from '../tap'

/**
 * A 来源 line under an answer. Where the app holds the clause's text it opens it in place, so a person reads
 * the rule itself (查政策原文); an example value or a service rule stays plain words, set apart.
 */
export default function FaqSource({ source }: { source: Source }) {
  const [open, setOpen] = useState(false)
  const { text, notice } = sourceWords(source)
  const clause = notice ? clauseTextOf(source) : undefined
  if (!clause) {
    return (
      <Text className={notice ? 'faq-answer__source' : 'faq-answer__source source-line--not-notice'}>
        {text}
      </Text>
    )
  }
  return (
    <View className="faq-source">
      <Tap
        kind="bare"
        className="faq-answer__source faq-source__toggle"
        pressedClass="faq-source__toggle--pressed"
        label={`${text}，${open ? '收起原文' : '查看原文'}`}
        pressed={open}
        onTap={() => setOpen(!open)}
      >
        <Text className="faq-source__label">{text}</Text>
        <Text className="faq-source__action">{open ? '收起原文' : '查看原文'}</Text>
      </Tap>
      {open && (
        <View className="faq-source__clause">
          <Text className="faq-source__title">{`${source.doc} ${source.clause}`}</Text>
          <Text className="faq-source__text">{clause}</Text>
        </View>
      )}
    </View>
  )
}
