import { PROXY_CONSENT } from '@shared/policy/commitments'
import type { Relation } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import CheckRow from '../../../components/check-row'
import ChoiceGroup from '../../../components/choice-group'
import SourceLine from '../../../components/source-line'
import Tap from '../../../components/tap'
import TextField from '../../../components/text-field'
import { go } from '../../../services/navigate'
import { Authorisers, OwnIdentity } from './filer-identity'
import type { StepProps } from './step-props'

// Said from the filer's side, with whom it is for: a daughter filing for her father is 子女, not 父母.
const FAMILY: { value: Exclude<Relation, 'self'>; title: string; hint: string }[] = [
  { value: 'child', title: '子女', hint: '我是参保人的儿子或女儿（为父亲或母亲办理）' },
  { value: 'spouse', title: '配偶', hint: '我是参保人的丈夫或妻子' },
  { value: 'parent', title: '父母', hint: '我是参保人的父亲或母亲（为儿子或女儿办理）' },
  { value: 'other', title: '其他亲属', hint: '兄弟姐妹、孙子女等' },
]

/** 本人 or 为家人代办: a family member's filing records the relation, the agent's own name and phone, and consent. */
export default function WhoStep({ form, errors, change, filer }: StepProps) {
  return (
    <View className="wizard-step">
      <ChoiceGroup
        label="这次备案是为谁办理？"
        name="who"
        value={form.who}
        choices={[
          { value: 'self', title: '为本人办理', hint: '看病的是我自己' },
          { value: 'family', title: '为家人代办', hint: '看病的是家人，由我代为办理' },
        ]}
        onChange={(who) =>
          change(
            who === 'family'
              ? { who, relation: undefined, lookup: undefined }
              : { who, relation: 'self', proxyFor: undefined, lookup: undefined },
          )
        }
        error={errors.who}
      />
      {form.who === 'self' && <OwnIdentity form={form} filer={filer} />}
      <Tap kind="plain" onTap={() => go('privacy')}>
        我们如何处理您的信息（隐私说明）
      </Tap>
      {form.who === 'family' && (
        <View className="wizard-step__group">
          <Authorisers form={form} change={change} filer={filer} />
          <ChoiceGroup<Relation>
            label="您是看病的家人（参保人）的什么人？"
            name="relation"
            value={form.relation}
            choices={FAMILY}
            onChange={(relation) => change({ relation })}
            error={errors.relation}
          />
          <Text className="wizard-step__note">
            请填写您（代办人）自己的姓名和手机号，办理中有问题时联系您。
          </Text>
          <TextField
            label="代办人姓名"
            name="agent.name"
            value={form.agent.name}
            onChange={(name) => change((current) => ({ agent: { ...current.agent, name } }))}
            maxlength={60}
            error={errors['agent.name']}
          />
          <TextField
            label="代办人手机号"
            name="agent.phone"
            type="phone"
            value={form.agent.phone}
            onChange={(phone) => change((current) => ({ agent: { ...current.agent, phone } }))}
            maxlength={20}
            error={errors['agent.phone']}
          />
          <View className="letter">
            <Text className="letter__title">{PROXY_CONSENT.title}</Text>
            <Text className="letter__text">{PROXY_CONSENT.text}</Text>
            <SourceLine source={PROXY_CONSENT.source} />
          </View>
          <CheckRow
            label="我已征得参保人本人同意代为办理"
            checked={form.proxyConsent}
            onChange={(proxyConsent) => change({ proxyConsent })}
            error={errors['commitment.proxyConsent']}
          />
        </View>
      )}
    </View>
  )
}
