import Taro from '@tarojs/taro'

/**
 * Local storage that never throws: a full or refused store (private browsing, an old phone) costs the
 * convenience it offers, never the page.
 */
export function readStored<T>(key: string): T | undefined {
  try {
    const value = Taro.getStorageSync(key)
    return value === '' || value === null || value === undefined ? undefined : (value as T)
  } catch {
    return undefined
  }
}

export function writeStored(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, value)
    return true
  } catch {
    return false
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to undo: the next read finds the old value and the page offers to start over.
  }
}
