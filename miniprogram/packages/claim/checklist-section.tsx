import type { MaterialKind } from '@shared/policy/materials'
import type { ChecklistItem } from '@shared/rules/claim-checklist'
import { Text, View } from '@tarojs/components'
import SourceLine from '../../components/source-line'
import Uploader, { type UploadItems } from '../../components/uploader'
import { MATERIAL_HINTS } from './material-hints'

interface Props {
  items: readonly ChecklistItem[]
  uploads: Partial<Record<MaterialKind, UploadItems>>
  onUploads: (kind: MaterialKind, update: (items: UploadItems) => UploadItems) => void
  /** Required kinds the server said are missing. */
  missing?: readonly string[]
  /** Inside another section (answering 需补充): no box and heading of its own. */
  embedded?: boolean
  /** How many files of each kind were handed in before (需补充). */
  handedIn?: Partial<Record<MaterialKind, number>>
}

/** The profile's checklist for this case and region, each item with what it looks like and its uploads. */
export default function ChecklistSection({
  items,
  uploads,
  onUploads,
  missing = [],
  embedded,
  handedIn = {},
}: Props) {
  const hashes = Object.values(uploads).flatMap((list) => (list ?? []).flatMap((item) => item.hash ?? []))
  return (
    <View className={embedded ? 'claim-checklist' : 'record-section claim-checklist'}>
      {!embedded && <Text className="record-section__title">需要的材料</Text>}
      {items.length === 0 ? (
        <Text className="record-section__hint">选好参保地和就医类型后，这里列出要交的材料。</Text>
      ) : (
        <Text className="record-section__hint">每项可传多张照片或 PDF 电子票据；照片会先在手机上压缩。</Text>
      )}
      {items.map((item) => (
        <View key={item.kind} className="claim-checklist__item">
          <Uploader
            label={`${item.label}${item.required ? '（必交）' : '（如有）'}`}
            hint={MATERIAL_HINTS[item.kind]}
            purpose={item.kind}
            items={uploads[item.kind] ?? []}
            onItems={(update) => onUploads(item.kind, update)}
            otherHashes={hashes}
            error={missing.includes(item.kind) ? `请上传${item.label}` : undefined}
            handedIn={handedIn[item.kind]}
          />
          <SourceLine source={item.source} />
          {item.standIn && (
            <View className="claim-checklist__stand-in">
              <Text className="record-section__hint">{item.standIn.text}</Text>
              <SourceLine source={item.standIn.source} />
            </View>
          )}
        </View>
      ))}
    </View>
  )
}
