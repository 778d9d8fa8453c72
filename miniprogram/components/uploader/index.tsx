import { Image, Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import { describePrepared, prepareFile, previewOf, releasePreview, sendFile } from '../../services/upload'
import type { PickedFile, PreparedFile, UploadItem } from '../../services/upload-types'
import Tap from '../tap'
import FilePicker from './file-picker'
import './index.scss'

export type UploadItems = UploadItem[]
type Update = (change: (items: UploadItems) => UploadItems) => void

interface Props {
  /** The material, as the checklist names it. */
  label: string
  hint?: string
  /** Sent with the file (the material kind); the server keeps it. */
  purpose: string
  items: UploadItems
  onItems: Update
  /** Hashes already used elsewhere on the page: the same photo twice is noticed there too. */
  otherHashes?: readonly string[]
  error?: string
  /** Files of this material already handed in earlier (需补充): the count says so instead of 尚未上传. */
  handedIn?: number
}

// A failed item is sent again from here without being chosen again; the bytes never enter a draft.
const prepared = new Map<string, PreparedFile>()

let counter = 0
const newUid = () => `u${Date.now().toString(36)}${(counter++).toString(36)}`

const patch = (uid: string, change: Partial<UploadItem>) => (items: UploadItems) =>
  items.map((item) => (item.uid === uid ? { ...item, ...change } : item))

const send = (uid: string, file: PreparedFile, purpose: string, onItems: Update) => {
  onItems(patch(uid, { status: 'uploading', progress: 0, message: describePrepared(file) }))
  return sendFile(file, purpose, (progress) => onItems(patch(uid, { progress }))).then((result) => {
    if (result.ok) {
      prepared.delete(uid)
      onItems(patch(uid, { status: 'done', progress: 100, fileID: result.fileID }))
    } else {
      onItems(patch(uid, { status: 'error', message: result.message, retryable: result.retryable }))
    }
  })
}

const countText = (handedIn: number, done: number) => {
  if (handedIn > 0) return done > 0 ? `已交 ${handedIn} 份，本次又上传 ${done} 份` : `已交 ${handedIn} 份`
  return done > 0 ? `已上传 ${done} 份` : '尚未上传'
}

/** Several photos or PDFs for one material: each with its progress, a retry, and a clear refusal. */
export default function Uploader(props: Props) {
  const { onItems, purpose } = props
  // Hashes of what this list holds (and of files still on their way): read synchronously, unlike state.
  const seen = useRef(new Set<string>())
  for (const item of props.items) if (item.hash && item.status !== 'error') seen.current.add(item.hash)
  const add = (files: PickedFile[]) => {
    for (const picked of files) {
      const uid = newUid()
      onItems((items) => [...items, { uid, name: picked.name, status: 'preparing', progress: 0 }])
      void prepareFile(picked).then((file) => {
        if ('refused' in file) return onItems(patch(uid, { status: 'error', message: file.refused }))
        if (seen.current.has(file.hash) || (props.otherHashes ?? []).includes(file.hash))
          return onItems(patch(uid, { status: 'error', message: '这份文件已经上传过了，无需重复上传' }))
        seen.current.add(file.hash)
        onItems(patch(uid, { hash: file.hash, preview: previewOf(file) }))
        prepared.set(uid, file)
        return send(uid, file, purpose, onItems)
      })
    }
  }
  const retry = (uid: string) => {
    const file = prepared.get(uid)
    if (file) void send(uid, file, purpose, onItems)
  }
  const [enlarged, setEnlarged] = useState<string>()
  const remove = (uid: string) => {
    prepared.delete(uid)
    releasePreview(props.items.find((item) => item.uid === uid)?.preview)
    const hash = props.items.find((item) => item.uid === uid)?.hash
    if (hash) seen.current.delete(hash)
    onItems((items) => items.filter((item) => item.uid !== uid))
  }
  const done = props.items.filter((item) => item.status === 'done').length
  return (
    <View className="uploader">
      <Text className="uploader__label">{props.label}</Text>
      {props.hint && <Text className="uploader__hint">{props.hint}</Text>}
      <Text className="uploader__count">{countText(props.handedIn ?? 0, done)}</Text>
      <View className="uploader__items" ariaRole="list" ariaLabel={`${props.label}的文件`}>
        {props.items.map((item) => (
          <View
            key={item.uid}
            className={`uploader__item uploader__item--${item.status}`}
            ariaRole="listitem"
          >
            {item.preview && (
              // The photo as it will be sent: a blurred or wrong picture is caught before submitting.
              <Tap
                kind="bare"
                className={
                  enlarged === item.uid ? 'uploader__preview uploader__preview--large' : 'uploader__preview'
                }
                label={enlarged === item.uid ? `缩小照片：${item.name}` : `查看大图：${item.name}`}
                pressed={enlarged === item.uid}
                onTap={() => setEnlarged(enlarged === item.uid ? undefined : item.uid)}
              >
                <Image
                  className="uploader__photo"
                  src={item.preview}
                  mode={enlarged === item.uid ? 'widthFix' : 'aspectFill'}
                  // The web component's own <img> carries the name; the mini-program reads ariaLabel.
                  ariaLabel={process.env.TARO_ENV === 'h5' ? undefined : `${item.name}的照片预览`}
                  nativeProps={{ alt: `${item.name}的照片预览` }}
                />
              </Tap>
            )}
            <Text className="uploader__name">{item.name}</Text>
            <Text className="uploader__status">{statusText(item)}</Text>
            {item.status === 'uploading' && (
              <View
                className="uploader__bar"
                ariaRole="progressbar"
                ariaLabel={`${item.name}上传进度 ${item.progress}%`}
              >
                <View className="uploader__progress" style={{ width: `${item.progress}%` }} />
              </View>
            )}
            <View className="uploader__actions">
              {item.status === 'error' && item.retryable && prepared.has(item.uid) && (
                <Tap kind="secondary" label={`重试上传${item.name}`} onTap={() => retry(item.uid)}>
                  重试
                </Tap>
              )}
              {item.status !== 'uploading' && item.status !== 'preparing' && (
                <Tap kind="plain" label={`删除${item.name}`} onTap={() => remove(item.uid)}>
                  删除
                </Tap>
              )}
            </View>
          </View>
        ))}
      </View>
      {props.error && <Text className="uploader__error">{props.error}</Text>}
      <FilePicker label={props.label} onPicked={add} />
    </View>
  )
}

const statusText = (item: UploadItem): string => {
  switch (item.status) {
    case 'preparing':
      return '正在处理…'
    case 'uploading':
      return `正在上传 ${item.progress}%${item.message ? `（${item.message}）` : ''}`
    case 'done':
      return `已上传${item.message ? `（${item.message}）` : ''}`
    case 'error':
      return `上传失败：${item.message ?? '请重试'}`
  }
}

/** The fileIDs of the finished items, as a draft keeps them. */
export const uploadedIds = (items: UploadItems): string[] =>
  items.flatMap((item) => (item.status === 'done' && item.fileID ? [item.fileID] : []))
