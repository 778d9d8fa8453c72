import type { AppError } from '@shared/result'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../components/error-banner'
import RegionField from '../../../components/region-field'
import Tap from '../../../components/tap'
import TextField from '../../../components/text-field'
import { call } from '../../../services/api'
import { preferences } from '../../../services/preferences'
import { askForUpdates } from '../../../services/subscribe'

/** A question the FAQ could not answer, sent to the agency; the answer comes back in 消息. */
export default function AskAgency(props: { q: string }) {
  const [open, setOpen] = useState(false)
  const [question, setQuestion] = useState(props.q)
  const [insuredRegion, setInsuredRegion] = useState(() => preferences().insuredRegion)
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)
  const [sent, setSent] = useState(false)

  if (sent)
    return (
      <View className="faq-ask" ariaRole="status">
        <Text className="faq-ask__done">
          已提交给医保经办机构。经办人员答复后，答复会发到首页的“消息”里。
        </Text>
      </View>
    )
  if (!open)
    return (
      <Tap kind="secondary" className="faq-ask__open" onTap={() => setOpen(true)}>
        向医保经办机构提问
      </Tap>
    )
  const send = async () => {
    // Inside the tap, as WeChat requires: a subscription message for the answer, where the person allows one.
    void askForUpdates(['faq_answer'])
    setBusy(true)
    setError(undefined)
    const reply = await call('faq.ask', {
      question,
      insuredRegion: insuredRegion ?? '',
      ...(props.q ? { q: props.q } : {}),
    })
    setBusy(false)
    if (reply.ok) setSent(true)
    else setError(reply.error)
  }
  const fieldError = (path: string) =>
    error?.issues?.find((issue) => issue.path === path)?.message ??
    (error?.path === path ? error.message : undefined)
  return (
    <View className="faq-ask" ariaRole="group" ariaLabel="向医保经办机构提问">
      <Text className="faq__heading">向医保经办机构提问</Text>
      <Text className="faq-empty__advice">经办人员会在工作日答复，答复发到“消息”里。需要先登录。</Text>
      <TextField
        label="您的问题"
        name="ask-question"
        value={question}
        onChange={setQuestion}
        maxlength={300}
        multiline
        error={fieldError('question')}
      />
      <RegionField
        label="参保地"
        name="ask-insured-region"
        value={insuredRegion}
        onChange={setInsuredRegion}
        error={fieldError('insuredRegion')}
      />
      {error && <ErrorBanner error={error} />}
      <Tap disabled={busy} onTap={() => void send()}>
        {busy ? '正在提交…' : '提交问题'}
      </Tap>
    </View>
  )
}
