/** Expected outcomes are values, shaped like zod's safeParse result; throw only for bugs and broken infrastructure. */

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
  'FILE.TYPE_NOT_ALLOWED',
  'IDEMPOTENCY_KEY_REUSED',
  'DUPLICATE_INVOICE',
] as const

export type PlainErrorCode = (typeof ERROR_CODES)[number]
export type PolicyErrorCode = `POLICY.${string}`
export type ErrorCode = PlainErrorCode | PolicyErrorCode

export interface Source {
  doc: string
  clause: string
}

export interface FieldIssue {
  path: string
  message: string
}

export interface AppError {
  code: ErrorCode
  message: string
  path?: string
  issues?: FieldIssue[]
  source?: Source
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

export const fail = <T = never>(error: AppError): Result<T> => ({ ok: false, error })

export const policyError = <T = never>(rule: string, message: string, source: Source): Result<T> =>
  fail({ code: `POLICY.${rule}`, message, source })

export const isPolicyCode = (code: ErrorCode): code is PolicyErrorCode => code.startsWith('POLICY.')

/** The value of a success passed through `view`; a failure unchanged. */
export const mapOk = <T, U>(result: Result<T>, view: (value: T) => U): Result<U> =>
  result.ok ? ok(view(result.value)) : result
