import type { Result } from '@shared/result'
import type { Ports } from '../ports/ports'

/** The caller of a public function (the FAQ) who has not signed in. */
export const ANONYMOUS_CALLER = 'anonymous'

/** A function body shared by the CloudBase entry and the local runtime, so both answer identically. */
export type FunctionHandler = (event: unknown, caller: string, ports: Ports) => Promise<Result<unknown>>
