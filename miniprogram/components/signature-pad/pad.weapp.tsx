import { Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef } from 'react'
import type { PadProps } from './pad'

type Context2D = {
  scale(x: number, y: number): void
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  stroke(): void
  clearRect(x: number, y: number, w: number, h: number): void
  lineWidth: number
  lineCap: string
  strokeStyle: string
}
type CanvasNode = { width: number; height: number; getContext(type: '2d'): Context2D }
type Touch = { touches: { x: number; y: number }[] }
type Found = { node?: CanvasNode; width: number; height: number } | null

/** The canvas may not be laid out on the first tick after mounting: ask again a few times, then give up. */
const ATTEMPTS = 10

/**
 * In the mini-program: a 2d canvas drawn with touches. The node is looked up once the pad has mounted, not in
 * the page's onReady: the pad appears on the 材料与承诺 step, long after the page was ready (Taro's useReady
 * fires only for the page itself).
 */
export default function Pad({ clearCount, onStroke, onReady }: PadProps) {
  const node = useRef<CanvasNode>()
  const size = useRef({ width: 0, height: 0 })

  useEffect(() => {
    let unmounted = false
    let attempt = 0
    const prepare = (result: Found) => {
      const canvas = result?.node
      if (unmounted) return
      if (!canvas || !result) {
        attempt += 1
        if (attempt < ATTEMPTS) setTimeout(locate, 50 * attempt)
        return
      }
      const ratio = Taro.getWindowInfo().pixelRatio
      canvas.width = result.width * ratio
      canvas.height = result.height * ratio
      const context = canvas.getContext('2d')
      context.scale(ratio, ratio)
      context.lineWidth = 3
      context.lineCap = 'round'
      context.strokeStyle = '#111'
      node.current = canvas
      size.current = { width: result.width, height: result.height }
      onReady(async () => {
        const saved = await Taro.canvasToTempFilePath({ canvas } as never).catch(() => undefined)
        return saved?.tempFilePath
          ? { name: '手写签名.png', size: 1, type: 'image/png', source: saved.tempFilePath }
          : undefined
      })
    }
    const locate = () =>
      Taro.createSelectorQuery()
        .select('#signature-canvas')
        .fields({ node: true, size: true })
        .exec(([result]) => prepare(result as Found))
    // Taro runs a query's exec after the pending render has reached the page, so the canvas exists by then.
    locate()
    return () => {
      unmounted = true
    }
  }, [onReady])

  useEffect(() => {
    if (clearCount > 0)
      node.current?.getContext('2d').clearRect(0, 0, size.current.width, size.current.height)
  }, [clearCount])

  const context = () => node.current?.getContext('2d')
  return (
    <Canvas
      id="signature-canvas"
      type="2d"
      className="signature-pad__canvas"
      // A finger on the pad writes; it must not scroll the long materials page under it.
      disableScroll
      // Taro's Canvas type lacks the ARIA props the template carries (config/aria-plugin.ts).
      {...({ ariaLabel: '签名区：用手指在此处写下姓名' } as object)}
      onTouchStart={(event) => {
        const [touch] = (event as unknown as Touch).touches
        context()?.beginPath()
        context()?.moveTo(touch.x, touch.y)
      }}
      onTouchMove={(event) => {
        const [touch] = (event as unknown as Touch).touches
        context()?.lineTo(touch.x, touch.y)
        context()?.stroke()
      }}
      onTouchEnd={onStroke}
    />
  )
}
