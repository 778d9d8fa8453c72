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

/** The rules that refuse with a clause; pages that route on a refusal key their tables by these, so a rename fails to compile. */
export const POLICY_RULES = [
  'TYPE_NOT_OFFERED',
  'SAME_REGION',
  'BACKDATE_LIMIT',
  'START_TOO_LATE',
  'MATERIALS_REQUIRED',
  'CHANGE_LOCKED',
] as const
export type PolicyRule = (typeof POLICY_RULES)[number]
export type PolicyErrorCode = `POLICY.${PolicyRule}`
export type ErrorCode = PlainErrorCode | PolicyErrorCode

export interface Source {
  doc: string
  clause: string
  /** 参照: another region's notice, shown as such because it does not govern the person. */
  reference?: true
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

export const policyError = <T = never>(rule: PolicyRule, message: string, source: Source): Result<T> =>
  fail({ code: `POLICY.${rule}`, message, source })

export const isPolicyCode = (code: ErrorCode): code is PolicyErrorCode => code.startsWith('POLICY.')

/** The value of a success passed through `view`; a failure unchanged. */
export const mapOk = <T, U>(result: Result<T>, view: (value: T) => U): Result<U> =>
  result.ok ? ok(view(result.value)) : result
