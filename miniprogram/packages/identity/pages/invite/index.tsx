import { INVITATION_HOURS } from '@shared/policy/family'
import type { AuthorisationView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import CallStateView from '../../../../components/page-state/call-state'
import Tap from '../../../../components/tap'
import { shanghaiTime } from '../../../../components/timeline'
import { useCall } from '../../../../hooks/use-call'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { useShown } from '../../../../hooks/use-shown'
import { replace } from '../../../../services/navigate'
import { groupedCode, INVITATION_RULES, LASTS_UNTIL, PROXY_MAY } from '../../family-words'
import VerifyFirst from '../../verify-first'
import './index.scss'

/** Back to 家庭成员, where the open invitation is listed (this page is opened from there). */
const backToFamily = () =>
  Taro.getCurrentPages().length > 1 ? Taro.navigateBack().catch(() => replace('family')) : replace('family')

function Invitation({ invitation }: { invitation: AuthorisationView }) {
  const [copy, setCopy] = useState<'copied' | 'failed'>()
  const code = invitation.code ?? ''
  const copyCode = () =>
    Taro.setClipboardData({ data: code }).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    )
  return (
    <>
      <View className="family-code">
        <Text className="family-code__label">邀请码</Text>
        <Text className="family-code__value">{groupedCode(code)}</Text>
        <Text className="family-code__label">
          {invitation.expiresAt ? `${shanghaiTime(invitation.expiresAt)} 前有效` : ''}（{INVITATION_HOURS}{' '}
          小时），只能使用一次
        </Text>
      </View>
      <Tap onTap={() => void copyCode()}>复制邀请码</Tap>
      {copy && (
        <View ariaRole="status">
          <Text className="family__text">
            {copy === 'copied'
              ? '已复制，可以粘贴到微信或短信里发给家人。'
              : '没能复制，请把上面的 12 位邀请码念给家人或抄给家人。'}
          </Text>
        </View>
      )}
      <View className="family-section family-steps">
        <Text className="family-section__title">接下来</Text>
        <Text className="family__text">1. 把邀请码发给要代办的家人。只发给您信任的人。</Text>
        <Text className="family__text">
          2. 家人在自己的手机上完成实名认证，再打开“家庭成员 → 输入家人的邀请码”填写。
        </Text>
        <Text className="family__text">
          3. 家人接受后，就可以{PROXY_MAY}。{LASTS_UNTIL}。
        </Text>
      </View>
      <Tap kind="secondary" onTap={() => void backToFamily()}>
        回到家庭成员
      </Tap>
    </>
  )
}

/** 邀请家人代办: the verified insured person makes a one-time code for a family member to accept. */
export default function Invite() {
  const scale = useFontScale()
  const status = useShown('identity.status', {})
  const invite = useCall('identity.invite')
  if (status.state.status !== 'done')
    return <CallStateView state={status.state} onRetry={() => void status.load()} />
  return (
    <View className="family" style={scale}>
      <Text className="family__title">邀请家人代办</Text>
      {!status.state.data.verified ? (
        <VerifyFirst purpose="邀请家人代办" />
      ) : invite.state.status === 'done' ? (
        <Invitation invitation={invite.state.data} />
      ) : (
        <>
          <Text className="family__text">家人接受邀请后，可以在自己的手机上{PROXY_MAY}。</Text>
          <Text className="family__text">
            {LASTS_UNTIL}。家人为您办理的每一件事，您都能在“我的备案”“手工报销”中看到。
          </Text>
          <Text className="family__text">{INVITATION_RULES}。</Text>
          {invite.state.status === 'error' && <ErrorBanner error={invite.state.error} />}
          {invite.state.status === 'error' && invite.state.error.code === 'CONFLICT' && (
            <Tap kind="secondary" onTap={() => void backToFamily()}>
              回到家庭成员
            </Tap>
          )}
          <Tap busy={invite.state.status === 'loading'} onTap={() => void invite.run({})}>
            生成邀请码
          </Tap>
        </>
      )}
    </View>
  )
}
