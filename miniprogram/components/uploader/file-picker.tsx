import { Text } from '@tarojs/components'
import type { PickedFile } from '../../services/upload-types'

interface Props {
  label: string
  onPicked: (files: PickedFile[]) => void
}

/** On the web: the browser's own file input (camera, album or files; PDFs too), keyboard-operable. */
export default function FilePicker({ label, onPicked }: Props) {
  return (
    <label className="file-picker">
      <input
        className="file-picker__input"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/heic,image/heif,application/pdf,.heic,.pdf"
        aria-label={`${label}：拍照或选择文件`}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? [])
          event.currentTarget.value = ''
          onPicked(files.map((file) => ({ name: file.name, size: file.size, type: file.type, source: file })))
        }}
      />
      <Text className="file-picker__text">＋ 拍照或选择文件（照片或 PDF）</Text>
    </label>
  )
}
