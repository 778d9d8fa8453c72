import type { Envelope } from '@shared/envelope'
import { type AppError, type ErrorCode, isPolicyCode, type PlainErrorCode, type Result } from '@shared/result'

export const toEnvelope = (result: Result<unknown>): Envelope =>
  result.ok ? { ok: true, data: result.value } : { ok: false, error: result.error }

export const STATUS_OF_CODE: Record<PlainErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE_INVOICE: 409,
  TOO_LARGE: 413,
  'FILE.TYPE_NOT_ALLOWED': 415,
  // IETF draft-ietf-httpapi-idempotency-key-header §2.7: a key reused with another payload is 422.
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
}

/** The one table from error codes to HTTP statuses (docs/api.md, Transport). */
export const httpStatusOf = (envelope: Envelope): number => {
  if (envelope.ok) return 200
  const code: ErrorCode = envelope.error.code
  return isPolicyCode(code) ? 422 : STATUS_OF_CODE[code]
}

export const INTERNAL_ERROR: AppError = { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' }
export const UNAUTHENTICATED: AppError = { code: 'UNAUTHENTICATED', message: '请先登录' }
