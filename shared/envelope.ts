import type { AppError } from './result'

/** The backend's functions: CloudBase function names, and `/api/fn/<name>` on the local runtime. */
export const FUNCTION_NAMES = ['filing', 'claim', 'faq', 'staff', 'account', 'identity'] as const
export type FunctionName = (typeof FUNCTION_NAMES)[number]

/** The wire shape every function answers with: the core's `value` travels as `data`. */
export type Envelope<T = unknown> = { ok: true; data: T } | { ok: false; error: AppError }
