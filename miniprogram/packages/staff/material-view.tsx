import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { getOpenid } from '../../services/session'

type Loaded = { url: string; type: string } | 'loading' | 'failed'

/**
 * One uploaded document on the web: fetched with the caller's identity (GET /api/files/<id> answers its
 * owner and staff only), shown from a blob URL — a photo inline, a PDF as a link that opens it.
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
  // A photographed invoice is read at 2–4×: the reviewer enlarges it in place and scrolls around it.
  const [zoom, setZoom] = useState(1)
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is what the retry button asks for
  useEffect(() => {
    let url: string | undefined
    setLoaded('loading')
    fetch(`/api/files/${encodeURIComponent(fileID)}`, { headers: { 'X-Openid': getOpenid() } })
      .then((response) =>
        response.ok ? response.blob() : Promise.reject(new Error(String(response.status))),
      )
      .then((blob) => {
        url = URL.createObjectURL(blob)
        setLoaded({ url, type: blob.type })
      })
      .catch(() => setLoaded('failed'))
    return () => {
      if (url) URL.revokeObjectURL(url)
    }
  }, [fileID, attempt])

  return (
    <View className="material-view">
      <Text className="material-view__label">
        {position}. {label}
      </Text>
      {loaded === 'loading' && <Text className="material-view__status">正在载入…</Text>}
      {loaded === 'failed' && (
        <button type="button" className="material-view__retry" onClick={() => setAttempt(attempt + 1)}>
          载入失败，点此重试
        </button>
      )}
      {typeof loaded === 'object' &&
        (loaded.type.startsWith('image/') ? (
          <View className="material-view__zoomable">
            <View className="material-view__zoom" ariaRole="group" ariaLabel={`第 ${position} 份的缩放`}>
              <button
                type="button"
                className="material-view__retry"
                disabled={zoom >= 4}
                onClick={() => setZoom(zoom * 2)}
              >
                放大第 {position} 份
              </button>
              <button
                type="button"
                className="material-view__retry"
                disabled={zoom <= 1}
                onClick={() => setZoom(zoom / 2)}
              >
                缩小
              </button>
              {zoom > 1 && <Text className="material-view__status">{zoom} 倍</Text>}
            </View>
            {/* Scrolled by keyboard too once enlarged: the frame takes focus. */}
            <section
              className="material-view__frame"
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
              tabIndex={0}
              aria-label={`第 ${position} 份：${label}`}
            >
              <img
                className="material-view__image"
                style={{ width: `${zoom * 100}%`, maxHeight: zoom > 1 ? 'none' : undefined }}
                src={loaded.url}
                alt={`第 ${position} 份：${label}${zoom > 1 ? `（放大 ${zoom} 倍）` : ''}`}
              />
            </section>
          </View>
        ) : (
          <a className="material-view__link" href={loaded.url} target="_blank" rel="noreferrer">
            打开第 {position} 份 PDF
          </a>
        ))}
    </View>
  )
}
