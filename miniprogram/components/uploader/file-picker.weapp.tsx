import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { PickedFile } from '../../services/upload-types'
import Tap from '../tap'
import { type PickerFailure, pickerProblem } from './picker-problem'

interface Props {
  label: string
  onPicked: (files: PickedFile[]) => void
}

type Chosen = { tempFiles: { tempFilePath: string; size: number }[] }

/** In the mini-program: the camera or album for photos, a chat for PDF e-invoices. */
export default function FilePicker({ label, onPicked }: Props) {
  const [problem, setProblem] = useState<string>()
  const refused = (failure: PickerFailure) => setProblem(pickerProblem(failure))
  const photos = () => {
    setProblem(undefined)
    // Taro 4.2.1 does not promisify chooseMedia: without callbacks it returns a Promise.
    const chosen = Taro.chooseMedia({ count: 9, mediaType: ['image'], sourceType: ['album', 'camera'] }) as
      | Promise<Chosen>
      | undefined
    chosen?.then(
      ({ tempFiles }) =>
        onPicked(
          tempFiles.map((file, index) => ({
            name: `照片${index + 1}.${file.tempFilePath.split('.').pop() ?? 'jpg'}`,
            size: file.size,
            type: '',
            source: file.tempFilePath,
          })),
        ),
      refused,
    )
  }
  const pdf = () => {
    setProblem(undefined)
    Taro.chooseMessageFile({ count: 5, type: 'file', extension: ['pdf'] }).then(
      ({ tempFiles }) =>
        onPicked(
          tempFiles.map((file) => ({ name: file.name, size: file.size, type: '', source: file.path })),
        ),
      refused,
    )
  }
  return (
    <View className="file-picker file-picker--weapp">
      <Tap kind="secondary" label={`为${label}拍照或选择照片`} onTap={photos}>
        ＋ 拍照或选择照片
      </Tap>
      <Tap kind="plain" label={`从聊天记录选择${label}的 PDF`} onTap={pdf}>
        从聊天记录选择 PDF 电子票据
      </Tap>
      {problem && (
        <View ariaRole="alert">
          <Text className="file-picker__problem">{problem}</Text>
        </View>
      )}
    </View>
  )
}
