import type { Result } from '@shared/result'
import type { Ports } from '../ports/ports'
import { claimFunction } from './claim.handler'
import { type Envelope, INTERNAL_ERROR, toEnvelope, UNAUTHENTICATED } from './envelope'
import { faqFunction } from './faq.handler'
import { filingFunction } from './filing.handler'
import { staffFunction } from './staff.handler'

/** A function body shared by the CloudBase entry and the local runtime, so both answer identically. */
export type FunctionHandler = (event: unknown, caller: string, ports: Ports) => Promise<Result<unknown>>

export const FUNCTIONS = {
  filing: filingFunction,
  claim: claimFunction,
  faq: faqFunction,
  staff: staffFunction,
} satisfies Record<string, FunctionHandler>

export type FunctionName = keyof typeof FUNCTIONS

export const isFunctionName = (name: string): name is FunctionName => Object.hasOwn(FUNCTIONS, name)

/** `caller` comes from the platform (CloudBase context or the runtime's header), never from the event. */
export const runFunction = (
  name: FunctionName,
  event: unknown,
  caller: string | undefined,
  ports: Ports,
): Promise<Envelope> => runHandler(FUNCTIONS[name], event, caller, ports)

/** Broken infrastructure becomes INTERNAL for the user and a stack trace in the log, never a leak. */
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
    console.error(`function ${handler.name} failed:`, error instanceof Error ? error.stack : error)
    return { ok: false, error: INTERNAL_ERROR }
  }
}

/** The action name for logs: nothing else of the event may reach a log line. */
export const actionOf = (event: unknown): string => {
  const action = (event as { action?: unknown } | null)?.action
  return typeof action === 'string' && /^[a-z_]{1,20}$/.test(action) ? action : '-'
}
