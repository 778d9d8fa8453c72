import type { Result } from '@shared/result'
import type { Ports } from '../ports/ports'

/** A function body shared by the CloudBase entry and the local runtime, so both answer identically. */
export type FunctionHandler = (event: unknown, caller: string, ports: Ports) => Promise<Result<unknown>>
