import { FAQ_ALIAS_MAX } from '@shared/faq/additions'
import { DOCUMENTS } from '@shared/policy/sources'
import type { AppError } from '@shared/result'
import type { FaqQuestionView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ChoiceGroup from '../../../../components/choice-group'
import ErrorBanner from '../../../../components/error-banner'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { call } from '../../../../services/api'

const DOCUMENT_CHOICES = Object.values(DOCUMENTS).map((doc) => ({ value: doc, title: doc }))

const fieldError = (error: AppError | undefined, path: string) =>
  error?.issues?.find((issue) => issue.path === path)?.message ??
  (error?.path === path ? error.message : undefined)

/**
 * Instead of a one-off answer: make the question another wording of an entry, or draft a new entry with its
 * source clause. Either takes effect in 政策问答 at once, and the asker gets the entry in 消息.
 */
export default function FaqQuestionAdditions({
  item,
  onDone,
}: {
  item: FaqQuestionView
  onDone: () => void
}) {
  const [wording, setWording] = useState(() => (item.q ?? item.question).slice(0, FAQ_ALIAS_MAX))
  const [drafting, setDrafting] = useState(false)
  const [question, setQuestion] = useState(() => item.question.slice(0, 40))
  const [answer, setAnswer] = useState('')
  const [doc, setDoc] = useState<string>()
  const [clause, setClause] = useState('')
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)

  const send = async (sending: () => ReturnType<typeof call>) => {
    setBusy(true)
    setError(undefined)
    const reply = await sending()
    setBusy(false)
    if (reply.ok) onDone()
    else setError(reply.error)
  }
  const alias = (entryId: string) =>
    send(() => call('staff.faq_alias', { id: item.id, entryId, text: wording }))
  const draft = () =>
    send(() => call('staff.faq_draft', { id: item.id, question, answer, doc: doc ?? '', clause }))

  return (
    <View className="faq-additions">
      {error && <ErrorBanner error={error} />}
      {(item.candidates ?? []).length > 0 && (
        <View ariaRole="group" ariaLabel="归入已有问答">
          <Text className="record-section__text">
            或归入已有问答（这个说法以后直接找到该问答，并把它发给提问人）：
          </Text>
          <TextField
            label="同义说法"
            name={`alias-${item.id}`}
            value={wording}
            onChange={setWording}
            maxlength={FAQ_ALIAS_MAX}
            error={fieldError(error, 'text')}
          />
          {(item.candidates ?? []).map((candidate) => (
            <Tap key={candidate.id} kind="secondary" disabled={busy} onTap={() => void alias(candidate.id)}>
              {`归入：${candidate.question}`}
            </Tap>
          ))}
        </View>
      )}
      {drafting ? (
        <View ariaRole="group" ariaLabel="起草新问答">
          <TextField
            label="新问答的问题"
            name={`draft-question-${item.id}`}
            value={question}
            onChange={setQuestion}
            maxlength={40}
            error={fieldError(error, 'question')}
          />
          <TextField
            label="新问答的答案"
            name={`draft-answer-${item.id}`}
            value={answer}
            onChange={setAnswer}
            maxlength={180}
            multiline
            error={fieldError(error, 'answer')}
          />
          <ChoiceGroup
            label="出处文件"
            name={`draft-doc-${item.id}`}
            choices={DOCUMENT_CHOICES}
            value={doc}
            onChange={setDoc}
            error={fieldError(error, 'doc')}
          />
          <TextField
            label="出处条款"
            name={`draft-clause-${item.id}`}
            value={clause}
            onChange={setClause}
            maxlength={40}
            placeholder="如：第三条"
            error={fieldError(error, 'clause')}
          />
          <Tap disabled={busy} onTap={() => void draft()}>
            发布新问答并答复
          </Tap>
        </View>
      ) : (
        <Tap kind="secondary" onTap={() => setDrafting(true)}>
          起草新问答
        </Tap>
      )}
    </View>
  )
}
