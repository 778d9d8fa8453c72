import type { Clock } from '../../server/ports/clock'

/** A clock the test sets: "today" moves only when the test says so. */
export const fixedClock = (iso: string): Clock & { set(iso: string): void } => {
  let at = new Date(iso)
  return { now: () => new Date(at), set: (next) => (at = new Date(next)) }
}
