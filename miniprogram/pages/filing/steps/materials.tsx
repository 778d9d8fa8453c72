import { MATERIALS_NOTICE } from '@shared/rules/notices'
import type { QuotedMaterial } from '@shared/rules/quote.types'
import { Text, View } from '@tarojs/components'
import CheckRow from '../../../components/check-row'
import SignaturePad from '../../../components/signature-pad'
import SourceLine from '../../../components/source-line'
import TextField from '../../../components/text-field'
import Uploader from '../../../components/uploader'
import { quoteSoFar } from '../form-draft'
import type { StepProps } from './step-props'

/**
 * What the type asks for, from the profile: each material to upload now, to be replaced by the commitment,
 * or (承诺补充) to supply later; the commitment letters in full; referral and emergency details.
 */
export default function MaterialsStep({ form, errors, change, today }: StepProps) {
  const quote = quoteSoFar({ ...form, commitmentAccepted: false }, today)
  if (!quote) return <Text className="wizard-step__note">请先完成前面的步骤。</Text>
  // What the profile says about the papers (none needed, the form's lines, the referral's conditions), with its clause.
  const papersNote = quote.notices.find((notice) => notice.code === MATERIALS_NOTICE)
  const canSupplyLater = quote.requiredMaterials.some((material) => material.supplyLater)
  // Said where 承诺补充 is chosen: the filing (and direct settlement) waits for the upload, by the profile's clause.
  const waits = form.supplementLater
    ? quote.notices.find((notice) => notice.code === 'SUPPLEMENT_EFFECT')
    : undefined
  const letters = quote.commitments.filter(
    (letter) => letter.id === 'truthfulness' || (letter.id === 'supplement_later' && form.supplementLater),
  )
  return (
    <View className="wizard-step">
      {papersNote && (
        <View className="wizard-step__note">
          <Text>{papersNote.text}</Text>
          <SourceLine source={papersNote.source} />
        </View>
      )}
      {quote.requiredMaterials.map((material) => (
        <MaterialPart key={material.kind} material={material} form={form} change={change} errors={errors} />
      ))}
      {canSupplyLater && (
        <CheckRow
          label="现在还没有证明，先备案、取得后再上传（承诺补充）"
          checked={form.supplementLater}
          onChange={(supplementLater) => change({ supplementLater })}
        />
      )}
      {waits && (
        <View className="wizard-step__card wizard-step__card--warn">
          <Text className="wizard-step__card-title">材料补充之前，还不能直接结算</Text>
          <Text className="wizard-step__card-text">{waits.text}</Text>
          <SourceLine source={waits.source} />
        </View>
      )}
      {form.filingType === 'referral' && (
        <View className="wizard-step__group">
          <TextField
            label="转出医院"
            name="referral.fromHospital"
            value={form.referral.fromHospital}
            onChange={(fromHospital) => change({ referral: { ...form.referral, fromHospital } })}
            maxlength={100}
            error={errors['referral.fromHospital']}
          />
          <TextField
            label="初步诊断"
            name="referral.diagnosis"
            value={form.referral.diagnosis}
            onChange={(diagnosis) => change({ referral: { ...form.referral, diagnosis } })}
            maxlength={200}
            error={errors['referral.diagnosis']}
          />
          <TextField
            label="病情摘要"
            name="referral.summary"
            multiline
            value={form.referral.summary}
            onChange={(summary) => change({ referral: { ...form.referral, summary } })}
            maxlength={1000}
            error={errors['referral.summary']}
          />
        </View>
      )}
      {form.filingType === 'emergency' && (
        <TextField
          label="病情摘要"
          name="emergency.summary"
          multiline
          value={form.emergencySummary}
          onChange={(emergencySummary) => change({ emergencySummary })}
          maxlength={1000}
          error={errors['emergency.summary']}
        />
      )}
      {letters.map((letter) => (
        <View key={letter.id} className="letter">
          <Text className="letter__title">{letter.title}</Text>
          <Text className="letter__text">{letter.text}</Text>
          <SourceLine source={letter.source} />
        </View>
      ))}
      <CheckRow
        label="我已阅读并同意以上承诺"
        checked={form.commitmentAccepted}
        onChange={(commitmentAccepted) => change({ commitmentAccepted })}
        error={errors['commitment.accepted'] ?? errors.commitment}
      />
      <SignaturePad
        // A family member signs for the insured person: the signature is the agent's, and says so.
        label={form.who === 'family' ? '代办人手写签名（可选）' : undefined}
        fileID={form.signatureFileID}
        onSaved={(signatureFileID) => change({ signatureFileID })}
      />
    </View>
  )
}

function MaterialPart(props: Pick<StepProps, 'form' | 'change' | 'errors'> & { material: QuotedMaterial }) {
  const { material, form, change } = props
  const later = material.supplyLater && form.supplementLater
  return (
    <View className="wizard-step__group">
      {material.replaceableByCommitment ? (
        <View className="wizard-step__card">
          <Text className="wizard-step__card-title">{material.label}</Text>
          <Text className="wizard-step__card-text">签署下面的承诺书后可不提供</Text>
          <SourceLine source={material.source} />
        </View>
      ) : later ? (
        <View className="wizard-step__card">
          <Text className="wizard-step__card-title">{material.label}</Text>
          <Text className="wizard-step__card-text">稍后补充：取得后在“我的备案”里上传</Text>
          <SourceLine source={material.source} />
        </View>
      ) : (
        <Uploader
          label={material.label}
          purpose={material.kind}
          items={form.uploads[material.kind] ?? []}
          onItems={(update) =>
            change((current) => ({
              uploads: { ...current.uploads, [material.kind]: update(current.uploads[material.kind] ?? []) },
            }))
          }
          error={props.errors.materials}
        />
      )}
    </View>
  )
}
