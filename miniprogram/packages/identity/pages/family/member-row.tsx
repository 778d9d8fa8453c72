import type { AuthorisationView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import Tap from '../../../../components/tap'
import { shanghaiTime } from '../../../../components/timeline'
import { useCall } from '../../../../hooks/use-call'
import { groupedCode, memberName } from '../../family-words'

/** Whom the row is about, what it lets happen, and what ending it means, from the side of the one reading. */
const wordsOf = (view: AuthorisationView, side: 'granted' | 'received') => {
  const window = view.via === 'staff' ? '（在医保经办窗口登记）' : ''
  if (side === 'received')
    return {
      name: `${view.insured.name}（${view.insured.idNumberMasked}）`,
      text: `您可以为${view.insured.name}代办异地就医备案和手工报销${window}`,
      end: '结束授权',
      after: `结束后，您不能再为${view.insured.name}代办备案和报销；需要时请${view.insured.name}重新邀请您。`,
    }
  if (view.status === 'invited')
    return {
      name: `邀请码 ${groupedCode(view.code ?? '')}`,
      text: `等待家人填写，${view.expiresAt ? `${shanghaiTime(view.expiresAt)} 前有效` : '尚未使用'}`,
      end: '取消邀请',
      after: '取消后这个邀请码不能再使用，家人填写时会被告知邀请已取消。',
    }
  const who = memberName(view)
  return {
    name: who,
    text: `可以为您代办异地就医备案和手工报销${window}`,
    end: '结束授权',
    after: `结束后，${who}不能再为您代办备案和报销；需要时可以重新邀请。`,
  }
}

/** One authorisation, with 结束授权 (or 取消邀请) behind a confirmation. */
export default function MemberRow({
  view,
  side,
  onEnded,
}: {
  view: AuthorisationView
  side: 'granted' | 'received'
  onEnded: () => void
}) {
  const [confirming, setConfirming] = useState(false)
  const { state, run } = useCall('identity.end')
  const words = wordsOf(view, side)
  const end = () =>
    void run({ authorisationId: view.authorisationId }).then((reply) => {
      if (!reply?.ok) return
      setConfirming(false)
      onEnded()
    })
  return (
    <View className="family-member" ariaRole="listitem">
      <Text className="family-member__name">{words.name}</Text>
      <Text className="family-member__text">{words.text}</Text>
      {confirming ? (
        <View className="family-confirm">
          <Text className="family__text">{words.after}</Text>
          {state.status === 'error' && <ErrorBanner error={state.error} />}
          <Tap
            kind="danger"
            label={`确认${words.end}：${words.name}`}
            busy={state.status === 'loading'}
            onTap={end}
          >
            确认{words.end}
          </Tap>
          <Tap kind="plain" label={`不${words.end}：${words.name}`} onTap={() => setConfirming(false)}>
            不{words.end}了
          </Tap>
        </View>
      ) : (
        <Tap kind="secondary" label={`${words.end}：${words.name}`} onTap={() => setConfirming(true)}>
          {words.end}
        </Tap>
      )}
    </View>
  )
}
