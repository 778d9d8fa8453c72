export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export const fixedClock = (iso: string): Clock & { set(iso: string): void } => {
  let at = new Date(iso)
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) }
}
