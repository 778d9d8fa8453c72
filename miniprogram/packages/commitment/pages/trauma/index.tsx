import { maskIdNumber } from '@shared/identity/id-number'
import { TRAUMA_NO_THIRD_PARTY } from '@shared/policy/commitments'
import { profileFor } from '@shared/policy/profiles'
import { sourceLabel } from '@shared/policy/sources'
import { regionLabel } from '@shared/regions/regions'
import { parseInput } from '@shared/schemas/parse'
import { traumaCommitmentSchema } from '@shared/schemas/trauma.schema'
import { todayInShanghai } from '@shared/time/calendar'
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import CheckRow from '../../../../components/check-row'
import DateField from '../../../../components/date-field'
import { draftFields } from '../../../../components/draft-field'
import PrivacyNotice from '../../../../components/privacy-notice'
import RegionField from '../../../../components/region-field'
import SignaturePad from '../../../../components/signature-pad'
import { keepOnPhone } from '../../../../components/signature-pad/keep-on-phone'
import SourceLine from '../../../../components/source-line'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { useFontScale } from '../../../../hooks/use-font-scale'
import { preferences } from '../../../../services/preferences'
import SignatureImage from '../../signature-image'
import { forgetCommitment, type KeptCommitment, keepCommitment, keptCommitment } from '../../trauma-store'
import './index.scss'

interface Draft {
  insuredRegion?: string
  name: string
  idNumber: string
  injuredOn?: string
  place: string
  how: string
  hospital: string
  accepted: boolean
  signature?: string
}

const emptyDraft = (): Draft => ({
  insuredRegion: preferences().insuredRegion,
  name: '',
  idNumber: '',
  place: '',
  how: '',
  hospital: '',
  accepted: false,
})

const shanghaiMinute = (now: Date) =>
  new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')

/**
 * 外伤无第三方责任承诺书 (济宁 五(二)): filled and confirmed on the phone before or during treatment, then kept on
 * the phone as a copy to show (or, on the web, print) for the hospital's 医保办. Only where the insured region's
 * profile uses it; elsewhere the page says so.
 */
export default function TraumaCommitmentPage() {
  const scale = useFontScale()
  const today = useMemo(() => todayInShanghai(new Date()), [])
  const [kept, setKept] = useState<KeptCommitment | undefined>(keptCommitment)
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const change = (part: Partial<Draft>) => setDraft((current) => ({ ...current, ...part }))
  const field = draftFields(draft, change, errors)

  if (kept) {
    return (
      <View className="record trauma" style={scale}>
        <Copy commitment={kept} />
        <View className="trauma__actions">
          {process.env.TARO_ENV === 'h5' ? <Tap onTap={() => window.print()}>打印承诺书</Tap> : null}
          <Tap
            kind="secondary"
            onTap={() => {
              forgetCommitment()
              setKept(undefined)
              setDraft(emptyDraft())
            }}
          >
            重新填写
          </Tap>
        </View>
      </View>
    )
  }

  const rule = draft.insuredRegion ? profileFor(draft.insuredRegion).traumaCommitment : null
  const confirm = () => {
    const parsed = parseInput(traumaCommitmentSchema, { ...draft, hospital: draft.hospital || undefined })
    if (!parsed.ok) {
      const found: Record<string, string> = {}
      for (const issue of parsed.error.issues ?? []) found[issue.path] ??= issue.message
      if (parsed.error.path) found[parsed.error.path] ??= parsed.error.message
      return setErrors(found)
    }
    const commitment = {
      ...parsed.value,
      confirmedAt: shanghaiMinute(new Date()),
      ...(draft.signature ? { signature: draft.signature } : {}),
    }
    keepCommitment(commitment)
    setErrors({})
    setKept(commitment)
  }

  return (
    <View className="record trauma" style={scale}>
      <View className="record-section">
        <Text className="record-section__title">{TRAUMA_NO_THIRD_PARTY.title}</Text>
        <Text className="record-section__text">
          受伤就医、没有第三方责任（不是交通事故、工伤或他人造成）的，在手机上填写并确认承诺书，就诊时向医院医保办出示，可按规定办理异地就医直接结算。
        </Text>
        <RegionField label="参保地" {...field('insuredRegion')} />
      </View>
      {draft.insuredRegion && !rule ? (
        <View className="record-section">
          <Text className="record-section__text">
            {regionLabel(draft.insuredRegion)}
            的异地就医规定中没有《外伤无第三方责任承诺书》。外伤就医能否直接结算，请咨询就诊医院医保办或参保地医保经办机构。
          </Text>
        </View>
      ) : null}
      {rule ? (
        <PrivacyNotice>
          <View className="record-section">
            <TextField label="承诺人姓名" {...field('name')} />
            <TextField label="身份证号" type="idcard" maxlength={18} {...field('idNumber')} />
            <DateField
              label="受伤日期"
              max={today}
              quick={[{ label: '今天', value: today }]}
              {...field('injuredOn')}
            />
            <TextField label="受伤地点" maxlength={60} placeholder="如：家中厨房" {...field('place')} />
            <TextField
              label="受伤经过"
              multiline
              maxlength={200}
              placeholder="如：切菜时不慎割伤左手"
              {...field('how')}
            />
            <TextField label="就诊医院（可不填）" maxlength={100} {...field('hospital')} />
            <Text className="trauma__letter">{TRAUMA_NO_THIRD_PARTY.text}</Text>
            <SourceLine source={rule.source} />
            <SignaturePad
              fileID={draft.signature}
              onSaved={(signature) => change({ signature })}
              keep={keepOnPhone}
              unsignedHint="不签名也可以确认，出示时可在纸上签字"
            />
            <CheckRow
              label="本人已阅读并承诺以上内容属实"
              checked={draft.accepted}
              onChange={(accepted) => change({ accepted })}
              error={errors.accepted}
            />
            <Tap onTap={confirm}>确认承诺并生成出示页</Tap>
          </View>
        </PrivacyNotice>
      ) : null}
    </View>
  )
}

/** What the hospital's 医保办 sees: the facts, the letter, who confirmed it and when, and a line to sign on paper. */
function Copy({ commitment }: { commitment: KeptCommitment }) {
  const rows: [string, string][] = [
    ['承诺人', commitment.name],
    ['身份证号', maskIdNumber(commitment.idNumber)],
    ['参保地', regionLabel(commitment.insuredRegion) ?? commitment.insuredRegion],
    ['受伤日期', commitment.injuredOn],
    ['受伤地点', commitment.place],
    ['受伤经过', commitment.how],
    ...(commitment.hospital ? ([['就诊医院', commitment.hospital]] as [string, string][]) : []),
  ]
  return (
    <View className="trauma__sheet" ariaRole="document" ariaLabel={TRAUMA_NO_THIRD_PARTY.title}>
      <Text className="trauma__title">{TRAUMA_NO_THIRD_PARTY.title}</Text>
      <Text className="trauma__hint">请向医院医保办出示本页（可截图保存），需要时打印后签字。</Text>
      <View className="trauma__table">
        {rows.map(([label, value]) => (
          <View key={label} className="trauma__row">
            <Text className="trauma__label">{label}</Text>
            <Text className="trauma__value">{value}</Text>
          </View>
        ))}
      </View>
      <Text className="trauma__letter">{TRAUMA_NO_THIRD_PARTY.text}</Text>
      <Text className="trauma__confirmed">
        承诺人已在手机上确认：{commitment.name}，{commitment.confirmedAt}
      </Text>
      {commitment.signature ? (
        <View className="trauma__signed">
          <Text className="trauma__sign">承诺人签字：</Text>
          <SignatureImage src={commitment.signature} label={`承诺人手写签名：${commitment.name}`} />
        </View>
      ) : (
        <Text className="trauma__sign">承诺人签字：</Text>
      )}
      <Text className="trauma__basis">依据：{sourceLabel(TRAUMA_NO_THIRD_PARTY.source)}</Text>
    </View>
  )
}
