import { INSURANCE_TYPE_LABELS } from '@shared/policy/vocabulary'
import { Text, View } from '@tarojs/components'
import ChoiceGroup from '../../../components/choice-group'
import InsuredFields, { INSURANCE_CHOICES } from '../../../components/insured-fields'
import RegionField from '../../../components/region-field'
import TextField from '../../../components/text-field'
import { currentLookup, lookupProblem, platformDiffers } from '../insured-lookup'
import LookupPanel from './lookup-panel'
import type { StepProps } from './step-props'

/**
 * The insured person (for 代办: the family member), where they are insured and how. For the verified person
 * themself, name and ID number come from the identity; 参保地 and 参保类型 from the 医保信息平台 when it knows them.
 */
export default function PersonStep({ form, errors, change, filer }: StepProps) {
  const lookup = currentLookup(form)
  const platform = lookup?.state === 'done' && lookup.answer.outcome === 'insured' ? lookup.answer : undefined
  const knows = platform && (platform.insuredRegion || platform.insuranceType)
  // Refused by the platform's answer: 参保地 and 参保类型 would change nothing, so they are not asked.
  const stopped = lookup !== undefined && lookup.state !== 'checking' && lookupProblem(form) !== undefined
  return (
    <View className="wizard-step">
      {form.who === 'family' && <Text className="wizard-step__note">请填写看病的家人（参保人）的信息。</Text>}
      {form.who === 'self' && form.identity ? (
        <View className="wizard-step__group">
          <View className="wizard-step__card">
            <Text className="wizard-step__card-text">姓名：{form.identity.name}</Text>
            <Text className="wizard-step__card-text">身份证号：{form.identity.idNumberMasked}</Text>
            <Text className="wizard-step__note">来自您的实名认证，不能在这里修改。</Text>
          </View>
          <TextField
            label="手机号"
            name="insured.phone"
            type="phone"
            value={form.insured.phone}
            onChange={(phone) => change((current) => ({ insured: { ...current.insured, phone } }))}
            maxlength={20}
            error={errors['insured.phone']}
          />
        </View>
      ) : (
        <InsuredFields
          labels={
            form.who === 'family'
              ? { name: '参保人姓名', idNumber: '参保人身份证号', phone: '参保人手机号' }
              : undefined
          }
          idNumberHint={
            form.proxyFor
              ? `请填写${form.proxyFor.name}的完整身份证号（${form.proxyFor.idNumberMasked}）`
              : undefined
          }
          value={form.insured}
          onChange={(patch) => change((current) => ({ insured: { ...current.insured, ...patch } }))}
          errors={errors}
        />
      )}
      <LookupPanel lookup={lookup} onRetry={filer.retryLookup} />
      {knows && !stopped && (
        <Text className="wizard-step__note">
          已按医保信息平台的参保登记填写参保地和参保类型；如有不同，改后请说明原因。
        </Text>
      )}
      {!stopped && (
        <>
          <RegionField
            label="参保地"
            name="insuredRegion"
            value={form.insuredRegion}
            onChange={(insuredRegion) => change({ insuredRegion, filingType: undefined })}
            hint="在哪个城市参加的医保，如：武汉、赣州"
            error={errors.insuredRegion}
          />
          <ChoiceGroup
            label="参保类型"
            name="insuranceType"
            value={form.insuranceType}
            choices={INSURANCE_CHOICES}
            onChange={(insuranceType) => change({ insuranceType })}
            error={errors.insuranceType}
          />
          {platform && platformDiffers(form, platform) && (
            <TextField
              label="更正原因"
              name="correction.reason"
              value={form.correctionReason}
              onChange={(correctionReason) => change({ correctionReason })}
              maxlength={200}
              multiline
              hint={`医保信息平台登记的是：${[
                platform.insuredRegion?.name,
                platform.insuranceType && INSURANCE_TYPE_LABELS[platform.insuranceType],
              ]
                .filter(Boolean)
                .join('，')}。请说明为什么不同（如：已转移医保关系），经办机构会核对`}
              error={errors['correction.reason']}
            />
          )}
        </>
      )}
    </View>
  )
}
