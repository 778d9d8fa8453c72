/**
 * Uploads are held in memory while they arrive (10 MB at most each), so how many arrive at once is bounded:
 * per caller, so one person cannot take every place, and overall, so the server's memory stays bounded.
 */
export interface UploadSlotLimits {
  perCaller: number
  overall: number
}

export const DEFAULT_UPLOAD_SLOTS: UploadSlotLimits = { perCaller: 3, overall: 12 }

/** A place for one upload, or undefined when there is none; the caller releases it once the upload ends. */
export const uploadSlots = (limits: UploadSlotLimits) => {
  const held = new Map<string, number>()
  let total = 0
  return (caller: string): (() => void) | undefined => {
    const mine = held.get(caller) ?? 0
    if (mine >= limits.perCaller || total >= limits.overall) return undefined
    held.set(caller, mine + 1)
    total++
    let released = false
    return () => {
      if (released) return
      released = true
      total--
      const left = (held.get(caller) ?? 1) - 1
      if (left === 0) held.delete(caller)
      else held.set(caller, left)
    }
  }
}
