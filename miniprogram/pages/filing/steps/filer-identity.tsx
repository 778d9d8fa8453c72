import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../components/choice-group'
import PageState from '../../../components/page-state'
import Tap from '../../../components/tap'
import { go } from '../../../services/navigate'
import type { StepProps } from './step-props'

type Props = Pick<StepProps, 'form' | 'filer'>

/** 为本人办理: the verified person the filing will be for, or the way to 实名认证 and back to this draft. */
export function OwnIdentity({ form, filer }: Props) {
  const { identity } = filer
  if (identity.status === 'error')
    return <PageState kind="error" text={identity.error.message} onRetry={filer.retryIdentity} />
  if (identity.status !== 'done') return <Text className="wizard-step__note">正在确认您的实名认证…</Text>
  if (form.identity)
    return (
      <View className="wizard-step__card" ariaRole="status">
        <Text className="wizard-step__card-title">已实名认证</Text>
        <Text className="wizard-step__card-text">
          {form.identity.name}（{form.identity.idNumberMasked}），将为您本人办理
        </Text>
      </View>
    )
  return (
    <View className="wizard-step__card wizard-step__card--warn" ariaRole="alert">
      <Text className="wizard-step__card-title">请先完成实名认证</Text>
      <Text className="wizard-step__card-text">
        为防止他人冒用您的身份，为本人办理前需要先核验身份（人脸核验）。认证后回到这里继续，您已填写的内容会保留。
      </Text>
      <Tap onTap={() => go('verify', { from: 'filing' })}>去实名认证</Tap>
    </View>
  )
}

const HOW_TO_BE_AUTHORISED =
  '请参保人在自己的手机上打开本程序，完成实名认证后在“家庭成员”中邀请您，您接受邀请即可代办；或由参保人携带身份证件到医保经办窗口为您办理代办授权。'

/** 代办: the people who authorised this account, to choose from; without any, how to be authorised. */
export function Authorisers({ form, change, filer }: Props & Pick<StepProps, 'change'>) {
  const { members } = filer
  if (members.status === 'error')
    return <PageState kind="error" text={members.error.message} onRetry={filer.retryMembers} />
  if (members.status !== 'done') return <Text className="wizard-step__note">正在查找授权您代办的家人…</Text>
  const active = members.data.received.filter((grant) => grant.status === 'active')
  if (active.length === 0)
    return (
      <View className="wizard-step__card wizard-step__card--warn">
        <Text className="wizard-step__card-title">还没有家人授权您代办</Text>
        <Text className="wizard-step__card-text">
          为家人代办，需要参保人本人先授权您。{HOW_TO_BE_AUTHORISED}
        </Text>
        <Tap kind="secondary" onTap={() => go('familyAccept')}>
          我有家人的邀请码
        </Tap>
      </View>
    )
  return (
    <ChoiceGroup
      label="为哪位家人办理？"
      name="proxyFor"
      value={form.proxyFor ? form.proxyFor.idNumberMasked : undefined}
      choices={active.map((grant) => ({
        value: grant.insured.idNumberMasked,
        title: grant.insured.name,
        hint: `身份证号 ${grant.insured.idNumberMasked}，${grant.via === 'staff' ? '在经办窗口授权' : '家庭成员邀请'}`,
      }))}
      onChange={(masked) => {
        const grant = active.find((one) => one.insured.idNumberMasked === masked)
        if (!grant) return
        change((current) => ({
          proxyFor: grant.insured,
          insured: {
            ...current.insured,
            name: grant.insured.name,
            idNumber: current.proxyFor?.idNumberMasked === masked ? current.insured.idNumber : '',
          },
          lookup: undefined,
        }))
      }}
    />
  )
}
