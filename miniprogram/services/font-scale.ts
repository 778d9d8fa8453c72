import Taro from '@tarojs/taro'
import { type Preferences, preferences } from './preferences'

/** 大字模式 enlarges every page by this much, on top of the design sizes that are already large. */
export const LARGE_TEXT_SCALE = 1.3

/**
 * How much larger the user wants text: WeChat's font-size setting (关怀模式 is about 1.4) or the app's own
 * 大字模式, whichever is larger. The mini-program does not apply WeChat's setting to page text by itself, so
 * pages multiply their font sizes by it (the calc(… * var(--font-scale, 1)) in the stylesheets); browsers
 * apply their user's text size themselves.
 */
export function fontScale(chosen: Preferences = preferences()): number {
  const own = chosen.largeText ? LARGE_TEXT_SCALE : 1
  return Math.max(own, wechatScale())
}

function wechatScale(): number {
  if (process.env.TARO_ENV !== 'weapp') return 1
  try {
    // getAppBaseInfo is base library 2.20.1+, below the app's minimum (config/base-library.ts).
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number }
    const factor = Number(info.fontSizeScaleFactor)
    // Never below 1: the design sizes are already the smallest an elderly reader should get.
    return Number.isFinite(factor) ? Math.min(2, Math.max(1, factor)) : 1
  } catch {
    return 1
  }
}

/** The page root's inline style that hands the factor to the stylesheets. */
export function fontScaleStyle(chosen?: Preferences): string | undefined {
  const scale = fontScale(chosen)
  return scale === 1 ? undefined : `--font-scale: ${scale}`
}
