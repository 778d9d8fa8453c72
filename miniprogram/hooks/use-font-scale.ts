import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { fontScaleStyle } from '../services/font-scale'

/** The page root's font-scale style, read again whenever the page shows (大字模式 may have changed). */
export function useFontScale(): string | undefined {
  const [style, setStyle] = useState(fontScaleStyle)
  useDidShow(() => setStyle(fontScaleStyle()))
  return style
}
