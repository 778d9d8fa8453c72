/**
 * Per-caller token bucket: a burst of `capacity` requests, refilled at `perSecond`. Enough for a person
 * (or a family filing for several) and for the 32-client benchmark; it stops a script hammering the store.
 */
export const rateLimiter = (options: { capacity: number; perSecond: number; now?: () => number }) => {
  const now = options.now ?? Date.now
  const buckets = new Map<string, { tokens: number; at: number }>()
  return (caller: string): boolean => {
    const at = now()
    const bucket = buckets.get(caller) ?? { tokens: options.capacity, at }
    const tokens = Math.min(options.capacity, bucket.tokens + ((at - bucket.at) / 1000) * options.perSecond)
    const allowed = tokens >= 1
    buckets.set(caller, { tokens: allowed ? tokens - 1 : tokens, at })
    // Full buckets carry no information: dropping them keeps memory bounded by the active callers.
    if (buckets.size > 10_000) {
      for (const [key, value] of buckets) if (value.tokens >= options.capacity - 1) buckets.delete(key)
    }
    return allowed
  }
}

export const DEFAULT_RATE_LIMIT = { capacity: 200, perSecond: 20 }
