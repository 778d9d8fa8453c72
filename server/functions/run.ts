import type { Envelope, FunctionName } from '@shared/envelope'
import type { Ports } from '../ports/ports'
import { accountFunction } from './account.handler'
import { claimFunction } from './claim.handler'
import { INTERNAL_ERROR, toEnvelope, UNAUTHENTICATED } from './envelope'
import { faqFunction } from './faq.handler'
import { filingFunction } from './filing.handler'
import type { FunctionHandler } from './handler'
import { staffFunction } from './staff.handler'

const FUNCTIONS: Record<FunctionName, FunctionHandler> = {
  filing: filingFunction,
  claim: claimFunction,
  faq: faqFunction,
  staff: staffFunction,
  account: accountFunction,
}

export const isFunctionName = (name: string): name is FunctionName => Object.hasOwn(FUNCTIONS, name)

/** `caller` comes from the platform (CloudBase context or the runtime's header), never from the event. */
export const runFunction = (
  name: FunctionName,
  event: unknown,
  caller: string | undefined,
  ports: Ports,
): Promise<Envelope> => runHandler(FUNCTIONS[name], event, caller, ports)

/** Broken infrastructure becomes INTERNAL for the user and a line in the log, never a leak. */
export const runHandler = async (
  handler: FunctionHandler,
  event: unknown,
  caller: string | undefined,
  ports: Ports | (() => Ports),
): Promise<Envelope> => {
  if (!caller) return { ok: false, error: UNAUTHENTICATED }
  try {
    return toEnvelope(await handler(event, caller, typeof ports === 'function' ? ports() : ports))
  } catch (error) {
    // One structured line naming the function and the error's kind: no stack with file paths, no event data.
    console.error(
      JSON.stringify({
        failed: handler.name,
        error: error instanceof Error ? error.name : typeof error,
        ...(error instanceof Error && 'code' in error ? { code: String(error.code) } : {}),
      }),
    )
    return { ok: false, error: INTERNAL_ERROR }
  }
}

/** The action name for logs: nothing else of the event may reach a log line. */
export const actionOf = (event: unknown): string => {
  const action = (event as { action?: unknown } | null)?.action
  return typeof action === 'string' && /^[a-z_]{1,20}$/.test(action) ? action : '-'
}
