import { useEffect, useRef } from 'react'
import type { PickedFile } from '../../services/upload-types'

export interface PadProps {
  /** Bumped by the parent to wipe the pad. */
  clearCount: number
  onStroke: () => void
  /** Registers how to read the drawing as a PNG file. */
  onReady: (read: () => Promise<PickedFile | undefined>) => void
}

/** On the web: a plain canvas drawn with the pointer (finger, pen or mouse). */
export default function Pad({ clearCount, onStroke, onReady }: PadProps) {
  const canvas = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    const node = canvas.current
    const context = node?.getContext('2d')
    if (!node || !context) return
    const ratio = window.devicePixelRatio || 1
    node.width = node.clientWidth * ratio
    node.height = node.clientHeight * ratio
    context.scale(ratio, ratio)
    context.lineWidth = 3
    context.lineCap = 'round'
    context.strokeStyle = '#111'
    let drawing = false
    const at = (event: PointerEvent) => {
      const box = node.getBoundingClientRect()
      return [event.clientX - box.left, event.clientY - box.top] as const
    }
    const down = (event: PointerEvent) => {
      drawing = true
      node.setPointerCapture(event.pointerId)
      context.beginPath()
      context.moveTo(...at(event))
    }
    const move = (event: PointerEvent) => {
      if (!drawing) return
      context.lineTo(...at(event))
      context.stroke()
    }
    const up = () => {
      if (drawing) onStroke()
      drawing = false
    }
    node.style.touchAction = 'none'
    node.addEventListener('pointerdown', down)
    node.addEventListener('pointermove', move)
    node.addEventListener('pointerup', up)
    node.addEventListener('pointercancel', up)
    onReady(async () => {
      const blob = await new Promise<Blob | null>((resolve) => node.toBlob(resolve, 'image/png'))
      return blob ? { name: '手写签名.png', size: blob.size, type: 'image/png', source: blob } : undefined
    })
    return () => {
      node.removeEventListener('pointerdown', down)
      node.removeEventListener('pointermove', move)
      node.removeEventListener('pointerup', up)
      node.removeEventListener('pointercancel', up)
    }
  }, [onStroke, onReady])

  useEffect(() => {
    const node = canvas.current
    if (clearCount > 0 && node) node.getContext('2d')?.clearRect(0, 0, node.width, node.height)
  }, [clearCount])

  return <canvas ref={canvas} className="signature-pad__canvas" aria-label="签名区：用手指在此处写下姓名" />
}
