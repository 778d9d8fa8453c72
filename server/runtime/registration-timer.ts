import type { Ports } from '../ports/ports'
import {
  DEFAULT_DELIVERY,
  type DeliveryPolicy,
  deliverRegistrations,
} from '../use-cases/registration/deliver-registrations'

type Env = Record<string, string | undefined>

const positive = (value: string | undefined, name: string, fallback: number) => {
  if (value === undefined || value === '') return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new Error(`${name} must be a positive number`)
  return number
}

/** The delivery worker's schedule and back-off, from the environment (README) or the defaults. */
export const deliveryFromEnv = (env: Env): { everyMs: number; policy: DeliveryPolicy } => ({
  everyMs: positive(env.INSURANCE_CORE_POLL_MS, 'INSURANCE_CORE_POLL_MS', 1_000),
  policy: {
    ...DEFAULT_DELIVERY,
    baseMs: positive(
      env.INSURANCE_CORE_RETRY_BASE_MS,
      'INSURANCE_CORE_RETRY_BASE_MS',
      DEFAULT_DELIVERY.baseMs,
    ),
    capMs: positive(env.INSURANCE_CORE_RETRY_CAP_MS, 'INSURANCE_CORE_RETRY_CAP_MS', DEFAULT_DELIVERY.capMs),
    maxAttempts: positive(
      env.INSURANCE_CORE_MAX_ATTEMPTS,
      'INSURANCE_CORE_MAX_ATTEMPTS',
      DEFAULT_DELIVERY.maxAttempts,
    ),
  },
})

/**
 * The local runtime's delivery worker: the registration outbox every `everyMs`, one run at a time. A run
 * that finds nothing due costs one indexed query, so a second is cheap enough to keep 登记中 short.
 */
export const startRegistrations = (
  ports: Ports,
  log: (line: string) => void,
  { everyMs, policy }: { everyMs: number; policy: DeliveryPolicy },
) => {
  let running: Promise<void> | undefined
  const run = () => {
    if (running) return
    running = deliverRegistrations(ports, policy)
      .then(
        (done) => {
          const { delivered, refused, retrying, dead } = done
          if (delivered + refused + dead > 0 || retrying > 0)
            log(
              `registrations: ${delivered} delivered, ${refused} refused, ${retrying} to retry, ${dead} dead`,
            )
        },
        (error: unknown) =>
          log(`registration delivery failed: ${error instanceof Error ? error.message : error}`),
      )
      .finally(() => {
        running = undefined
      })
  }
  run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return {
    /** Stops the timer and waits for a run under way, so the store can close after it. */
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}
