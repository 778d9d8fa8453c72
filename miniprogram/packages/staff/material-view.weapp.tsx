import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import Tap from '../../components/tap'
import { call } from '../../services/api'
import { localCopyOf } from '../../services/file-copy-https'

/** `local`: `url` is a file already on the phone (fetched from a self-hosted server with the session). */
type Loaded = { url: string; mime: string; local: boolean } | 'loading' | 'failed'

/**
 * One uploaded document in the mini-program. Storage is private: a function checks that the caller is staff or
 * the owner and answers a link that works for ten minutes, asked afresh each time the document is shown. A
 * self-hosted server's link needs the session's header, so the file is fetched onto the phone first.
 */
export default function MaterialView({
  fileID,
  label,
  position,
}: {
  fileID: string
  label: string
  position: number
}) {
  const [loaded, setLoaded] = useState<Loaded>('loading')
  const [attempt, setAttempt] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is what the retry button asks for
  useEffect(() => {
    setLoaded('loading')
    void call('account.file_urls', { fileIDs: [fileID] })
      .then((reply): Loaded | Promise<Loaded> => {
        const link = reply.ok ? reply.data.items[0] : undefined
        if (!link) return 'failed'
        if (!process.env.API_BASE_URL) return { url: link.url, mime: link.mime, local: false }
        return localCopyOf(link.url).then((path) =>
          path ? { url: path, mime: link.mime, local: true } : 'failed',
        )
      })
      .then(setLoaded)
  }, [fileID, attempt])

  const openPdf = (shown: { url: string; local: boolean }) =>
    (shown.local
      ? Promise.resolve(shown.url)
      : Taro.downloadFile({ url: shown.url }).then((r) => r.tempFilePath)
    )
      .then((filePath) => Taro.openDocument({ filePath, fileType: 'pdf' }))
      .catch(() => Taro.showToast({ title: '打开失败，请重试', icon: 'none' }))
  return (
    <View className="material-view">
      <Text className="material-view__label">
        {position}. {label}
      </Text>
      {loaded === 'loading' && <Text className="material-view__status">正在载入…</Text>}
      {loaded === 'failed' && (
        <Tap kind="secondary" onTap={() => setAttempt(attempt + 1)}>
          载入失败，点此重试
        </Tap>
      )}
      {typeof loaded === 'object' &&
        (loaded.mime === 'application/pdf' ? (
          <Tap kind="secondary" label={`打开第 ${position} 份 PDF`} onTap={() => void openPdf(loaded)}>
            打开 PDF
          </Tap>
        ) : (
          <Image
            className="material-view__image"
            src={loaded.url}
            mode="widthFix"
            ariaLabel={`第 ${position} 份：${label}`}
            onClick={() => void Taro.previewImage({ urls: [loaded.url] })}
          />
        ))}
    </View>
  )
}
