import type { Ports } from '../ports/ports'
import { remindSupplements } from '../use-cases/notify/remind-supplements'

const HOUR_MS = 60 * 60 * 1000

/**
 * The local runtime's scheduler for the supplement reminders: once at start, then every `everyMs`. Running
 * often is harmless (each reminder is written once), so an hour keeps a restarted server from missing a day.
 */
export const startReminders = (ports: Ports, log: (line: string) => void, everyMs = HOUR_MS) => {
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = remindSupplements(ports).then(
      ({ written }) => {
        if (written > 0) log(`supplement reminders: ${written} written`)
      },
      (error: unknown) =>
        log(`supplement reminders failed: ${error instanceof Error ? error.message : error}`),
    )
  }
  run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return {
    /** Stops the timer and waits for a run under way, so the store can close after it. */
    stop: () => {
      clearInterval(timer)
      return running
    },
  }
}
