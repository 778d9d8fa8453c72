import { readStored, writeStored } from './storage'

/** What the person chose once and the app remembers: the insured region and large text. */
export interface Preferences {
  /** 参保地, a city-level code; it picks the policy profile everywhere. */
  insuredRegion?: string
  /** 大字模式. */
  largeText?: boolean
}

const KEY = 'yidi.preferences'

export const preferences = (): Preferences => readStored<Preferences>(KEY) ?? {}

export const savePreferences = (change: Partial<Preferences>): Preferences => {
  const next = { ...preferences(), ...change }
  writeStored(KEY, next)
  return next
}
