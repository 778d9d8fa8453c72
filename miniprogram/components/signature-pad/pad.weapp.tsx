import { Canvas } from '@tarojs/components'
import Taro, { useReady } from '@tarojs/taro'
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

/** In the mini-program: a 2d canvas drawn with touches. */
export default function Pad({ clearCount, onStroke, onReady }: PadProps) {
  const node = useRef<CanvasNode>()
  const size = useRef({ width: 0, height: 0 })

  useReady(() => {
    Taro.createSelectorQuery()
      .select('#signature-canvas')
      .fields({ node: true, size: true })
      .exec(([result]) => {
        const canvas = result?.node as CanvasNode | undefined
        if (!canvas) return
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
      })
  })

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
