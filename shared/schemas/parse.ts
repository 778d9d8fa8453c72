import type { z } from 'zod'
import { fail, ok, type Result } from '../result'
import { chineseMessage } from './default-messages'

/** Parses untrusted input; a failure is a VALIDATION error naming every field at fault. */
export const parseInput = <S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> => {
  const parsed = schema.safeParse(input, { error: chineseMessage })
  if (parsed.success) return ok(parsed.data)
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  return fail({
    code: 'VALIDATION',
    message: issues[0]?.message ?? '提交的内容有误',
    path: issues[0]?.path,
    issues,
  })
}
