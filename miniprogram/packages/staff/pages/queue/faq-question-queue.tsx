import { regionLabel } from '@shared/regions/regions'
import type { AppError } from '@shared/result'
import type { FaqQuestionView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import PageState from '../../../../components/page-state'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { shanghaiTime } from '../../../../components/timeline'
import { useCall } from '../../../../hooks/use-call'
import { call } from '../../../../services/api'
import FaqQuestionAdditions from './faq-question-additions'

/** One question from the FAQ: what was asked and searched, from which 参保地; answered in plain text. */
function QuestionCard({ item, onAnswered }: { item: FaqQuestionView; onAnswered: () => void }) {
  const [answer, setAnswer] = useState('')
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)
  const send = async () => {
    setBusy(true)
    const reply = await call('staff.faq_answer', { id: item.id, answer })
    setBusy(false)
    if (reply.ok) onAnswered()
    else setError(reply.error)
  }
  return (
    <View className="record-card" ariaRole="group" ariaLabel={`群众提问：${item.question}`}>
      <View className="record-card__head">
        <Text className="record-card__title">{item.question}</Text>
      </View>
      {item.q && (
        <View>
          <Text className="record-section__text">搜索过：{item.q}</Text>
        </View>
      )}
      <View>
        <Text className="record-section__text">
          参保地：{regionLabel(item.insuredRegion) ?? item.insuredRegion}
        </Text>
      </View>
      <View>
        <Text className="record-section__text">提问于 {shanghaiTime(item.askedAt)}</Text>
      </View>
      {error && <ErrorBanner error={error} />}
      <TextField
        label="答复"
        name={`answer-${item.id}`}
        value={answer}
        onChange={setAnswer}
        maxlength={500}
        multiline
      />
      <Tap disabled={busy || answer.trim().length < 2} onTap={() => void send()}>
        发送答复
      </Tap>
      <FaqQuestionAdditions item={item} onDone={onAnswered} />
    </View>
  )
}

/** 群众提问: questions the FAQ could not answer, the longest waiting first; the answer reaches the person's 消息. */
export default function FaqQuestionQueue() {
  const { state, run } = useCall('staff.faq_questions')
  const load = () => void run({})
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once when the tab opens
  useEffect(load, [])
  if (state.status === 'idle' || state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') return <PageState kind="error" text={state.error.message} onRetry={load} />
  if (state.data.items.length === 0) return <PageState kind="empty" text="没有待答复的群众提问" />
  return (
    <>
      {state.data.items.map((item) => (
        <QuestionCard key={item.id} item={item} onAnswered={load} />
      ))}
    </>
  )
}
