import { PAYEE_KIND_LABELS, PAYEE_KINDS } from '@shared/policy/payee'
import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../../components/choice-group'
import { draftFields } from '../../../../components/draft-field'
import TextField from '../../../../components/text-field'
import type { SectionProps } from './section-props'

const PAYEE_CHOICES = PAYEE_KINDS.map((value) => ({ value, title: PAYEE_KIND_LABELS[value] }))

/** Where the fund pays: the insured person's own account; after submit only its last four digits are shown. */
export default function PayeeSection({ form, errors, change }: SectionProps) {
  const field = draftFields(form, change, errors)
  return (
    <View className="record-section">
      <Text className="record-section__title">收款账户</Text>
      <Text className="record-section__hint">
        报销款打入参保人{form.name ? `（${form.name}）` : ''}本人的账户。审核通过前可以修改。
      </Text>
      <ChoiceGroup
        label="账户类型"
        choices={PAYEE_CHOICES}
        {...field('payeeKind', 'payee.kind')}
        error={errors['payee.kind'] ?? errors.payee}
      />
      <TextField
        label="开户银行"
        maxlength={40}
        placeholder="如：中国建设银行"
        {...field('payeeBank', 'payee.bankName')}
      />
      <TextField
        label="银行账号"
        type="account"
        maxlength={36}
        hint="社会保障卡或银行卡正面的卡号"
        {...field('payeeAccount', 'payee.accountNumber')}
      />
    </View>
  )
}
