import type { MaterialKind } from '@shared/policy/materials'
import type { AppError } from '@shared/result'
import { claimChecklist } from '@shared/rules/claim-checklist'
import type { ClaimView } from '@shared/schemas/responses.schema'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ErrorBanner from '../../../../components/error-banner'
import Tap from '../../../../components/tap'
import { type UploadItems, uploadedIds } from '../../../../components/uploader'
import { call } from '../../../../services/api'
import ChecklistSection from '../../checklist-section'

type Props = { claim: ClaimView; onChanged: (next: ClaimView) => void }

/**
 * 需补充 (or a draft that was refused): add documents to any checklist item, then submit again. The
 * documents are attached first, so a failed submit keeps them and only the submit is retried.
 */
export default function AnswerSection({ claim, onChanged }: Props) {
  const [uploads, setUploads] = useState<Partial<Record<MaterialKind, UploadItems>>>({})
  const [error, setError] = useState<AppError>()
  const [sending, setSending] = useState(false)
  const items = claimChecklist(claim.insuredRegion.code, claim.careType, claim.injury).materials
  const materials = items.flatMap(({ kind }) =>
    uploadedIds(uploads[kind] ?? []).map((fileID) => ({ kind, fileID })),
  )
  const uploading = Object.values(uploads).some((list) =>
    list?.some((item) => item.status === 'uploading' || item.status === 'preparing'),
  )

  const send = async () => {
    if (sending || uploading) return
    setSending(true)
    setError(undefined)
    let current = claim
    if (materials.length > 0) {
      const attached = await call('claim.attach', { claimId: claim.claimId, materials })
      if (!attached.ok) {
        setSending(false)
        return setError(attached.error)
      }
      current = attached.data
      setUploads({})
      onChanged(current)
    }
    const submitted = await call('claim.submit', { claimId: claim.claimId })
    setSending(false)
    if (!submitted.ok) return setError(submitted.error)
    onChanged(submitted.data)
  }

  // What is still missing is what the person must act on; what is in is counted, not shown as 尚未上传.
  const missing = claim.missingMaterials
    .map((item) => item.kind)
    .filter((kind) => !(uploads[kind] ?? []).some((item) => item.status === 'done'))
  const handedIn: Partial<Record<MaterialKind, number>> = {}
  for (const material of claim.materials) handedIn[material.kind] = (handedIn[material.kind] ?? 0) + 1
  return (
    <View className="record-section">
      <Text className="record-section__title">
        {claim.status === 'need_more' ? '补充材料后重新提交' : '上传材料后提交'}
      </Text>
      <Text className="record-section__text">
        {missing.length > 0
          ? `还缺：${claim.missingMaterials
              .filter((item) => missing.includes(item.kind))
              .map((item) => item.label)
              .join('、')}`
          : `必交材料都已交齐（共 ${claim.materials.length} 份）。${claim.status === 'need_more' ? '请按审核意见补充后重新提交。' : ''}`}
      </Text>
      <ChecklistSection
        embedded
        handedIn={handedIn}
        items={items}
        uploads={uploads}
        missing={missing}
        onUploads={(kind, update) =>
          setUploads((current) => ({ ...current, [kind]: update(current[kind] ?? []) }))
        }
      />
      {error && <ErrorBanner error={error} />}
      <Tap onTap={() => void send()} busy={sending} disabled={uploading}>
        {sending ? '正在提交…' : '重新提交申请'}
      </Tap>
    </View>
  )
}
