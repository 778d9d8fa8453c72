import type { Envelope } from '@shared/envelope'
import type { FunctionHandler } from '../functions/handler'
import { runHandler } from '../functions/run'
import type { Ports } from '../ports/ports'
import { callerFromContext, cloudBasePorts, initCloudBase } from './cloudbase-store'

/** The body of every cloud function's main: identity from the context, adapters built per invocation. */
export const serveCloudFunction = (
  handler: FunctionHandler,
  event: unknown,
  context: unknown,
): Promise<Envelope> =>
  runHandler(handler, event, callerFromContext(context), () => cloudBasePorts(initCloudBase()))

/** A timer-triggered function: no caller, the same adapters, the job's summary as its result (kept in the log). */
export const serveScheduled = async <T>(job: (ports: Ports) => Promise<T>): Promise<T> => {
  const result = await job(cloudBasePorts(initCloudBase()))
  console.log(JSON.stringify(result))
  return result
}
