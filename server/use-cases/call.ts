import { type IsoDate, todayInShanghai } from '@shared/time/calendar'
import type { Ports } from '../ports/ports'

/** One request: who asks, with what, at which moment (read once so a request sees one "today"). */
export interface Call {
  caller: string
  ports: Ports
  at: string
  today: IsoDate
}

export const callOf = (caller: string, ports: Ports): Call => {
  const now = ports.clock.now()
  return { caller, ports, at: now.toISOString(), today: todayInShanghai(now) }
}
