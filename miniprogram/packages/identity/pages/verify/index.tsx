import type { AppError } from '@shared/result'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import CallStateView from '../../../../components/page-state/call-state'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { useShown } from '../../../../hooks/use-shown'
import { call } from '../../../../services/api'
import { faceCheck } from '../../../../services/face-check'
import { go, goHome } from '../../../../services/navigate'
import './index.scss'

/**
 * 实名认证: the account is bound to one insured person, checked by WeChat's face check (or, in the local runtime,
 * the development adapter), before that person files or claims for themself.
 */
export default function Verify() {
  const scale = useFontScale()
  const { state, load, setState } = useShown('identity.status', {})
  const [name, setName] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)

  const verify = async () => {
    if (busy) return
    setBusy(true)
    setError(undefined)
    const person = { name: name.trim(), idNumber: idNumber.trim() }
    const development = state.status === 'done' && state.data.method === 'development'
    const face = development ? {} : await faceCheck(person)
    if ('problem' in face) {
      setBusy(false)
      return setError({ code: 'VALIDATION', message: face.problem })
    }
    const reply = await call('identity.verify', { ...person, ...face })
    setBusy(false)
    if (!reply.ok) return setError(reply.error)
    setState({ status: 'done', data: reply.data })
  }

  if (state.status !== 'done') return <CallStateView state={state} onRetry={() => void load()} />
  const status = state.data
  return (
    <View className="verify" style={scale}>
      <Text className="verify__title">实名认证</Text>
      {status.verified ? (
        <>
          <Text className="verify__done">
            已实名认证：{status.name}（{status.idNumberMasked}）
          </Text>
          <Text className="verify__text">
            现在可以为本人办理备案和报销。换了手机，在新手机上再认证一次即可。
          </Text>
          <Tap kind="secondary" onTap={() => void go('family')}>
            家庭成员：让家人代办，或代家人办理
          </Tap>
          <Tap onTap={goHome}>回到首页</Tap>
        </>
      ) : (
        <>
          <Text className="verify__text">
            为防止他人冒用您的身份办理，为本人办理备案或报销前，请先核验身份：填写姓名和身份证号后，按提示完成人脸核验。
          </Text>
          {status.method === 'development' && (
            <Text className="verify__text">本机开发环境：不做人脸核验，填写即认证。</Text>
          )}
          {error && <ErrorBanner error={error} />}
          <TextField label="姓名" name="identity.name" value={name} onChange={setName} maxlength={30} />
          <TextField
            label="身份证号"
            name="identity.idNumber"
            type="idcard"
            value={idNumber}
            onChange={setIdNumber}
            maxlength={18}
          />
          <Tap onTap={() => void verify()} busy={busy}>
            开始核验
          </Tap>
          <Text className="verify__text">
            认证后，可以在“家庭成员”中邀请家人代您办理，或接受家人的邀请代家人办理。
          </Text>
        </>
      )}
    </View>
  )
}
