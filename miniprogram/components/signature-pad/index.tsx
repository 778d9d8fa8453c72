import { Text, View } from '@tarojs/components'
import { useCallback, useRef, useState } from 'react'
import { prepareFile, sendFile } from '../../services/upload'
import type { PickedFile } from '../../services/upload-types'
import Tap from '../tap'
import Pad from './pad'
import './index.scss'

/** Where a saved drawing went: its reference (an upload's fileID, or a data URL kept on the phone), or why not. */
export type KeepResult = { ok: true; ref: string } | { ok: false; message: string }

interface Props {
  /** The saved signature's reference, if there is one. */
  fileID?: string
  onSaved: (ref: string | undefined) => void
  /** Where the drawing goes; by default it is uploaded and the record keeps its fileID. */
  keep?: (picked: PickedFile) => Promise<KeepResult>
  /** What the status line says before anything is drawn. */
  unsignedHint?: string
  /** Whose signature it is, when not the person's own (代办人). */
  label?: string
}

const upload = async (picked: PickedFile): Promise<KeepResult> => {
  const prepared = await prepareFile(picked)
  if ('refused' in prepared) return { ok: false, message: prepared.refused }
  const sent = await sendFile(prepared, 'signature', () => undefined)
  return sent.ok ? { ok: true, ref: sent.fileID } : { ok: false, message: sent.message }
}

type State = 'empty' | 'drawn' | 'saving' | 'saved' | 'failed'
type Reader = () => Promise<PickedFile | undefined>

/** How long a save tapped before the pad has found its canvas waits for it before saying it failed. */
const CANVAS_WAIT_MS = 3000

/** The pad's reader once it has found its canvas: a save tapped earlier waits for it instead of failing. */
const useReader = () => {
  const reader = useRef<Reader>()
  const waiting = useRef<((found: Reader) => void)[]>([])
  const onReady = useCallback((found: Reader) => {
    reader.current = found
    for (const resume of waiting.current.splice(0)) resume(found)
  }, [])
  const whenReady = (): Promise<Reader | undefined> =>
    reader.current
      ? Promise.resolve(reader.current)
      : new Promise((resolve) => {
          waiting.current.push(resolve)
          setTimeout(() => resolve(undefined), CANVAS_WAIT_MS)
        })
  return { onReady, whenReady }
}

/** 手写签名 (optional): draw, then save it as a PNG (uploaded for a filing, or kept on the phone for a letter). */
export default function SignaturePad({
  fileID,
  onSaved,
  keep = upload,
  unsignedHint = '不签名也可以提交',
  label = '手写签名（可选）',
}: Props) {
  const [state, setState] = useState<State>(fileID ? 'saved' : 'empty')
  const [clearCount, setClearCount] = useState(0)
  const [message, setMessage] = useState<string>()
  const { onReady, whenReady } = useReader()
  const onStroke = useCallback(() => setState((current) => (current === 'saving' ? current : 'drawn')), [])

  const save = async () => {
    setState('saving')
    const read = await whenReady()
    const picked = await read?.()
    const kept: KeepResult = picked ? await keep(picked) : { ok: false, message: '签名未能保存，请重试' }
    if (!kept.ok) {
      setMessage(kept.message)
      return setState('failed')
    }
    setMessage(undefined)
    setState('saved')
    onSaved(kept.ref)
  }
  const clear = () => {
    setClearCount((count) => count + 1)
    setState('empty')
    setMessage(undefined)
    onSaved(undefined)
  }

  return (
    <View className="signature-pad">
      <Text className="signature-pad__label">{label}</Text>
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
                : unsignedHint}
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
