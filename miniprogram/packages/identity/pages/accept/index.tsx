import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import CallStateView from '../../../../components/page-state/call-state'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { useCall } from '../../../../hooks/use-call'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { useShown } from '../../../../hooks/use-shown'
import { go, replace } from '../../../../services/navigate'
import VerifyFirst from '../../verify-first'
import './index.scss'

/**
 * 输入邀请码: a family member accepts the insured person's invitation and may then file and claim for them.
 * Used, unknown and expired codes, a code of one's own and an unverified account are each refused by the server
 * in words; the page shows them as they come, and offers 实名认证 where that is what is missing.
 */
export default function Accept() {
  const scale = useFontScale()
  const status = useShown('identity.status', {})
  const accept = useCall('identity.accept')
  const [code, setCode] = useState('')
  if (status.state.status !== 'done')
    return <CallStateView state={status.state} onRetry={() => void status.load()} />
  if (!status.state.data.verified)
    return (
      <View className="family" style={scale}>
        <Text className="family__title">输入家人的邀请码</Text>
        <VerifyFirst purpose="接受家人的邀请" />
      </View>
    )
  if (accept.state.status === 'done') {
    const { insured } = accept.state.data
    return (
      <View className="family" style={scale}>
        <Text className="family__title">输入家人的邀请码</Text>
        <View ariaRole="status">
          <Text className="family__done">
            已接受邀请：您现在可以为{insured.name}（{insured.idNumberMasked}）代办异地就医备案和手工报销。
          </Text>
        </View>
        <Text className="family__text">
          办理备案时选“为家人代办”，填写{insured.name}的姓名和身份证号。授权一直有效，直到您或
          {insured.name}在“家庭成员”中结束授权。
        </Text>
        <Tap onTap={() => void go('filing')}>去办理备案</Tap>
        <Tap kind="secondary" onTap={() => void replace('family')}>
          查看家庭成员
        </Tap>
      </View>
    )
  }
  const error = accept.state.status === 'error' ? accept.state.error : undefined
  const fieldError = error?.issues?.find((issue) => issue.path === 'code')?.message
  return (
    <View className="family" style={scale}>
      <Text className="family__title">输入家人的邀请码</Text>
      <Text className="family__text">
        请向家人要 12 位邀请码（家人在“家庭成员 →
        邀请家人代办”中生成）。接受后，您可以为这位家人代办异地就医备案和手工报销。
      </Text>
      {error && !fieldError && <ErrorBanner error={error} />}
      {error?.code === 'FORBIDDEN' && <Tap onTap={() => go('verify')}>去实名认证</Tap>}
      <TextField
        label="邀请码"
        name="code"
        value={code}
        onChange={setCode}
        hint="12 位字母或数字，不区分大小写，可带空格"
        error={fieldError}
        maxlength={20}
      />
      <Tap busy={accept.state.status === 'loading'} onTap={() => void accept.run({ code })}>
        接受邀请
      </Tap>
    </View>
  )
}
