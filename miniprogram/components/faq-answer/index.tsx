import { DISCLAIMER } from '@shared/contact'
import type { FaqHit } from '@shared/faq'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { call } from '../../services/api'
import { go } from '../../services/navigate'
import Tap from '../tap'
import FaqSource from './faq-source'
import './index.scss'

interface Props {
  hit: FaqHit
  /** What the user typed to get here; none for a hot question. */
  q?: string
}

type Feedback = 'none' | 'sent' | 'undelivered'

/** An answer with its sources, the disclaimer, and the helpful / not helpful buttons. */
export default function FaqAnswer({ hit, q }: Props) {
  const [feedback, setFeedback] = useState<Feedback>('none')

  const send = (helpful: boolean) => {
    setFeedback('sent')
    // Fire and forget: reading never waits for the network, and a lost vote costs nothing.
    void call('faq.feedback', { id: hit.id, helpful, ...(q ? { q } : {}) }).then((reply) => {
      if (!reply.ok) setFeedback('undelivered')
    })
  }

  return (
    <View className="faq-answer">
      <Text className="faq-answer__text">{hit.answer}</Text>
      {hit.see && (
        <Tap kind="secondary" className="faq-answer__see" onTap={() => go(hit.see!.route)}>
          {hit.see.label}
        </Tap>
      )}
      <View className="faq-answer__sources">
        {hit.sources.map((source) => (
          <FaqSource key={`${source.doc} ${source.clause}`} source={source} />
        ))}
      </View>
      <Text className="faq-answer__disclaimer">{DISCLAIMER}</Text>
      {feedback === 'none' ? (
        <View className="faq-feedback">
          <Text className="faq-feedback__prompt">这条回答有帮助吗？</Text>
          <View className="faq-feedback__buttons">
            <Tap
              kind="bare"
              className="faq-feedback__button"
              pressedClass="faq-feedback__button--pressed"
              onTap={() => send(true)}
            >
              有帮助
            </Tap>
            <Tap
              kind="bare"
              className="faq-feedback__button"
              pressedClass="faq-feedback__button--pressed"
              onTap={() => send(false)}
            >
              没帮助
            </Tap>
          </View>
        </View>
      ) : (
        <View className="faq-feedback faq-feedback--done">
          <Text className="faq-feedback__thanks">感谢反馈</Text>
          {feedback === 'undelivered' && <Text className="faq-feedback__note">（网络不畅，未能送达）</Text>}
        </View>
      )}
    </View>
  )
}
