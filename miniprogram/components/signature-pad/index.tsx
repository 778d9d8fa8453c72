import { Text, View } from '@tarojs/components'
import { useCallback, useRef, useState } from 'react'
import { prepareFile, sendFile } from '../../services/upload'
import type { PickedFile } from '../../services/upload-types'
import Tap from '../tap'
import Pad from './pad'
import './index.scss'

interface Props {
  /** The saved signature's fileID, if there is one. */
  fileID?: string
  onSaved: (fileID: string | undefined) => void
}

type State = 'empty' | 'drawn' | 'saving' | 'saved' | 'failed'

/** 手写签名 (optional): draw, then save it as an uploaded PNG that the filing keeps. */
export default function SignaturePad({ fileID, onSaved }: Props) {
  const [state, setState] = useState<State>(fileID ? 'saved' : 'empty')
  const [clearCount, setClearCount] = useState(0)
  const [message, setMessage] = useState<string>()
  const read = useRef<() => Promise<PickedFile | undefined>>()
  const onStroke = useCallback(() => setState((current) => (current === 'saving' ? current : 'drawn')), [])
  const onReady = useCallback((reader: () => Promise<PickedFile | undefined>) => {
    read.current = reader
  }, [])

  const save = async () => {
    setState('saving')
    const picked = await read.current?.()
    const prepared = picked && (await prepareFile(picked))
    if (!prepared || 'refused' in prepared) {
      setMessage(prepared && 'refused' in prepared ? prepared.refused : '签名未能保存，请重试')
      return setState('failed')
    }
    const sent = await sendFile(prepared, 'signature', () => undefined)
    if (!sent.ok) {
      setMessage(sent.message)
      return setState('failed')
    }
    setMessage(undefined)
    setState('saved')
    onSaved(sent.fileID)
  }
  const clear = () => {
    setClearCount((count) => count + 1)
    setState('empty')
    setMessage(undefined)
    onSaved(undefined)
  }

  return (
    <View className="signature-pad">
      <Text className="signature-pad__label">手写签名（可选）</Text>
      <Pad clearCount={clearCount} onStroke={onStroke} onReady={onReady} />
      <Text className="signature-pad__status">
        {state === 'saved'
          ? '签名已保存'
          : state === 'saving'
            ? '正在保存签名…'
            : state === 'failed'
              ? `签名未能保存：${message ?? '请重试'}`
              : state === 'drawn'
                ? '写好后点“保存签名”'
                : '不签名也可以提交'}
      </Text>
      <View className="signature-pad__actions">
        <Tap kind="secondary" onTap={clear} disabled={state === 'empty'}>
          清除重写
        </Tap>
        <Tap
          kind="primary"
          onTap={save}
          disabled={state === 'empty' || state === 'saved'}
          busy={state === 'saving'}
        >
          {state === 'failed' ? '重试保存' : '保存签名'}
        </Tap>
      </View>
    </View>
  )
}
