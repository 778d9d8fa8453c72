import { PROXY_CONSENT } from '@shared/policy/commitments'
import { RELATION_LABELS, type Relation } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import CheckRow from '../../../components/check-row'
import ChoiceGroup from '../../../components/choice-group'
import SourceLine from '../../../components/source-line'
import Tap from '../../../components/tap'
import { go } from '../../../services/navigate'
import type { StepProps } from './step-props'

const FAMILY = (['spouse', 'parent', 'child', 'other'] as const).map((value) => ({
  value,
  title: RELATION_LABELS[value],
}))

/** 本人 or 为家人代办: a family member's filing records the relation and their consent. */
export default function WhoStep({ form, errors, change, advance }: StepProps) {
  return (
    <View className="wizard-step">
      <ChoiceGroup
        label="这次备案是为谁办理？"
        name="who"
        value={form.who}
        choices={[
          { value: 'self', title: '为本人办理', hint: '看病的是我自己' },
          { value: 'family', title: '为家人代办', hint: '帮父母、配偶、子女等家人办理' },
        ]}
        onChange={(who) => {
          if (who === 'family') return change({ who, relation: undefined })
          change({ who, relation: 'self' })
          advance()
        }}
        error={errors.who}
      />
      <Tap kind="plain" onTap={() => go('privacy')}>
        我们如何处理您的信息（隐私说明）
      </Tap>
      {form.who === 'family' && (
        <View className="wizard-step__group">
          <ChoiceGroup<Relation>
            label="您是参保人的"
            name="relation"
            value={form.relation}
            choices={FAMILY}
            onChange={(relation) => change({ relation })}
            error={errors.relation}
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
