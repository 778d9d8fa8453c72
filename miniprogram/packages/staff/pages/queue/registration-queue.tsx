import type { Envelope } from '@shared/envelope'
import type { AppError } from '@shared/result'
import type { RegistrationItem } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import PageState from '../../../../components/page-state'
import StatusChip from '../../../../components/status-chip'
import Tap from '../../../../components/tap'
import TextField from '../../../../components/text-field'
import { shanghaiTime } from '../../../../components/timeline'
import { useCall } from '../../../../hooks/use-call'
import { call } from '../../../../services/api'

const OPERATIONS: Record<RegistrationItem['operation'], string> = {
  register: '备案登记',
  change: '就医地变更',
  cancel: '备案撤销',
  void: '备案作废',
  report: '报销结果上报',
}

/** One registration that did not reach the platform: why, what was done, retry and note. */
function RegistrationCard({ item, onChanged }: { item: RegistrationItem; onChanged: () => void }) {
  const [note, setNote] = useState(item.note ?? '')
  const [error, setError] = useState<AppError>()
  const [busy, setBusy] = useState(false)
  const act = async (action: () => Promise<Envelope<unknown>>) => {
    setBusy(true)
    const reply = await action()
    setBusy(false)
    if (reply.ok) onChanged()
    else setError(reply.error)
  }
  return (
    <View
      className="record-card"
      ariaRole="group"
      ariaLabel={`${item.insured.name}的${OPERATIONS[item.operation]}`}
    >
      <View className="record-card__head">
        <Text className="record-card__title">
          {item.insured.name}（{item.insured.idNumberMasked}）
        </Text>
        <StatusChip
          text={item.state === 'refused' ? '平台未予登记' : '多次发送未成功'}
          tone={item.state === 'refused' ? 'bad' : 'waiting'}
        />
      </View>
      <Text className="record-section__text">
        {OPERATIONS[item.operation]} · 就医地{item.destination.name} · 已发送 {item.attempts} 次
      </Text>
      <Text className="record-section__text">原因：{item.reason || '未说明'}</Text>
      <Text className="record-section__text">提交于 {shanghaiTime(item.createdAt)}</Text>
      {error && <ErrorBanner error={error} />}
      <TextField
        label="处理备注"
        name={`note-${item.msgid}`}
        value={note}
        onChange={setNote}
        maxlength={500}
      />
      <View className="staff-filters">
        <Tap
          kind="secondary"
          disabled={busy || !note.trim()}
          onTap={() => act(() => call('staff.note_registration', { msgid: item.msgid, note }))}
        >
          保存备注
        </Tap>
        <Tap disabled={busy} onTap={() => act(() => call('staff.retry_registration', { msgid: item.msgid }))}>
          重新发送
        </Tap>
      </View>
    </View>
  )
}

/** 平台登记: registrations the 医保信息平台 refused or that failed every retry; none reaches a hospital until handled. */
export default function RegistrationQueue() {
  const { state, run } = useCall('staff.registrations')
  const load = () => void run({})
  // biome-ignore lint/correctness/useExhaustiveDependencies: loads once when the tab opens
  useEffect(load, [])
  if (state.status === 'idle' || state.status === 'loading') return <PageState kind="loading" />
  if (state.status === 'error') return <PageState kind="error" text={state.error.message} onRetry={load} />
  if (state.data.items.length === 0) return <PageState kind="empty" text="没有待处理的平台登记" />
  return (
    <>
      {state.data.items.map((item) => (
        <RegistrationCard key={item.msgid} item={item} onChanged={load} />
      ))}
    </>
  )
}
