import type { Clock } from '../../ports/clock'
import type { Filings } from '../../ports/filings'
import type { IdNumbers } from '../../ports/id-numbers'
import type { InsuranceCore } from '../../ports/insurance-core'
import { embeddedInsuranceCore } from './embedded'
import { gatewayInsuranceCore } from './gateway'
import { loadGatewayConfig } from './gateway-config'

type Env = Record<string, string | undefined>

const DEFAULT_TIMEOUT_MS = 10_000

/** INSURANCE_CORE=embedded (default) or gateway, with the gateway's URL, key, timeout and configuration file. */
export const insuranceCoreFromEnv = (
  env: Env,
  deps: { filings: Pick<Filings, 'byPerson'>; idNumbers: Pick<IdNumbers, 'seal'>; clock: Clock },
): InsuranceCore => {
  const kind = env.INSURANCE_CORE ?? 'embedded'
  if (kind === 'embedded') return embeddedInsuranceCore(deps)
  if (kind !== 'gateway') throw new Error(`INSURANCE_CORE must be embedded or gateway, not "${kind}"`)
  if (!env.INSURANCE_CORE_URL) throw new Error('INSURANCE_CORE=gateway needs INSURANCE_CORE_URL')
  if (!env.INSURANCE_CORE_KEY || env.INSURANCE_CORE_KEY.length < 16)
    throw new Error(
      'INSURANCE_CORE=gateway needs INSURANCE_CORE_KEY (16 or more characters) to sign requests',
    )
  const timeoutMs = Number(env.INSURANCE_CORE_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS)
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error('INSURANCE_CORE_TIMEOUT_MS must be a positive number of milliseconds')
  return gatewayInsuranceCore({
    url: env.INSURANCE_CORE_URL,
    key: env.INSURANCE_CORE_KEY,
    timeoutMs,
    config: loadGatewayConfig(env.INSURANCE_CORE_CONFIG),
    clock: deps.clock,
  })
}
