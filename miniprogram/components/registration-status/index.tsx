import { HOTLINE } from '@shared/contact'
import {
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUS_TEXTS,
  type RegistrationStatus,
} from '@shared/policy/vocabulary'
import type { FilingView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import StatusChip, { type ChipTone } from '../status-chip'
import './index.scss'

const TONES: Record<RegistrationStatus, ChipTone> = {
  pending: 'waiting',
  registered: 'good',
  refused: 'bad',
  failed: 'waiting',
}

/** yyyy-MM-dd HH:mm in Beijing time, whatever the phone's time zone. */
const beijingTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')

/**
 * Whether the 医保信息平台 holds the filing: only then can the destination's hospital settle directly, so
 * the person reads it in words under the filing's status, with the number, or the reason and what to do.
 */
export default function RegistrationStatusView({ filing }: { filing: FilingView }) {
  const { registration } = filing
  const waitsForMaterials = registration.status === 'pending' && filing.status === 'pending_supplement'
  return (
    <View className="registration" ariaRole="status">
      <View className="registration__head">
        <Text className="registration__title">医保信息平台登记</Text>
        <StatusChip
          text={REGISTRATION_STATUS_LABELS[registration.status]}
          tone={TONES[registration.status]}
        />
      </View>
      <Text className="registration__text">
        {waitsForMaterials
          ? '补齐材料、备案生效后登记到医保信息平台'
          : REGISTRATION_STATUS_TEXTS[registration.status]}
      </Text>
      {registration.number && <Text className="registration__text">登记号：{registration.number}</Text>}
      {registration.at && registration.status === 'registered' && (
        <Text className="registration__text">登记时间：{beijingTime(registration.at)}</Text>
      )}
      {registration.status === 'refused' && (
        <>
          <Text className="registration__text">原因：{registration.reason ?? '平台未说明原因'}</Text>
          <Text className="registration__text">
            请核对{registration.field ?? '备案信息'}是否与参保登记一致，更正后重新办理备案；如有疑问请拨打{' '}
            {HOTLINE}。
          </Text>
        </>
      )}
      {registration.status === 'failed' && (
        <Text className="registration__text">
          经办机构会尽快补登，无需重新办理；急需就医可拨打 {HOTLINE}。
        </Text>
      )}
    </View>
  )
}
