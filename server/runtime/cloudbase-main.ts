import type { Envelope } from '@shared/envelope'
import type { FunctionHandler } from '../functions/handler'
import { runHandler } from '../functions/run'
import { callerFromContext, cloudBasePorts, initCloudBase } from './cloudbase-store'

/** The body of every cloud function's main: identity from the context, adapters built per invocation. */
export const serveCloudFunction = (
  handler: FunctionHandler,
  event: unknown,
  context: unknown,
): Promise<Envelope> =>
  runHandler(handler, event, callerFromContext(context), () => cloudBasePorts(initCloudBase()))
