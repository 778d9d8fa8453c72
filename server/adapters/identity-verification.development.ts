import { randomUUID } from 'node:crypto'
import { fail, ok } from '@shared/result'
import type { IdentityVerification } from '../ports/identity'

type Env = Record<string, string | undefined>

const isProduction = (env: Env) => env.NODE_ENV === 'production'

/**
 * Takes the caller at their word: for the local runtime, tests and API clients. It refuses to be built in
 * production, and checks again on every call in case the environment changed under a running process.
 */
export const developmentVerification = (env: Env = process.env): IdentityVerification => {
  if (isProduction(env))
    throw new Error('The development identity verification cannot run with NODE_ENV=production')
  return {
    method: 'development',
    confirm: async () =>
      isProduction(env)
        ? fail({ code: 'FORBIDDEN', message: '生产环境不能使用开发用实名核验' })
        : ok({ resultKey: `dev:${randomUUID()}` }),
  }
}
