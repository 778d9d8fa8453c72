import type { MaterialKind } from '@shared/policy/materials'
import type { FilingView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../components/error-banner'
import ReminderConsent from '../../../components/reminder-consent'
import Tap from '../../../components/tap'
import Uploader, { type UploadItems, uploadedIds } from '../../../components/uploader'
import { useCall } from '../../../hooks/use-call'

/** 承诺补充: upload what the filing still owes; the filing shows 生效 once nothing is owed. */
export default function SupplementSection({
  filing,
  onChanged,
}: {
  filing: FilingView
  onChanged: (next: FilingView) => void
}) {
  const [uploads, setUploads] = useState<Partial<Record<MaterialKind, UploadItems>>>({})
  const { state, run } = useCall('filing.supplement')
  const materials = filing.outstandingMaterials.flatMap(({ kind }) =>
    uploadedIds(uploads[kind] ?? []).map((fileID) => ({ kind, fileID })),
  )
  const busy = Object.values(uploads).some((items) =>
    items?.some((item) => item.status === 'uploading' || item.status === 'preparing'),
  )
  const send = () =>
    void run({ filingId: filing.filingId, materials }).then((reply) => {
      if (reply?.ok) {
        setUploads({})
        onChanged(reply.data)
      }
    })
  return (
    <View className="record-section">
      <Text className="record-section__title">补充材料</Text>
      {filing.supplementDeadline && (
        <Text className="record-section__text">
          请在 {filing.supplementDeadline} 前上传，逾期未补充的，备案失效。
        </Text>
      )}
      {filing.supplementDeadline && <ReminderConsent />}
      {filing.outstandingMaterials.map(({ kind, label }) => (
        <Uploader
          key={kind}
          label={label}
          purpose={kind}
          items={uploads[kind] ?? []}
          onItems={(update) => setUploads((current) => ({ ...current, [kind]: update(current[kind] ?? []) }))}
        />
      ))}
      {state.status === 'error' && <ErrorBanner error={state.error} />}
      <Tap onTap={send} disabled={materials.length === 0 || busy} busy={state.status === 'loading'}>
        {state.status === 'loading' ? '正在提交…' : '提交补充材料'}
      </Tap>
    </View>
  )
}
