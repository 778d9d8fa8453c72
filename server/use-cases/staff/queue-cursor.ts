import { fail, ok, type Result } from '@shared/result'
import { z } from 'zod'
import type { ListPosition } from '../../ports/list-position'

const positionSchema = z.object({ createdAt: z.string().min(1).max(40), id: z.string().min(1).max(100) })

/** The position travels as opaque base64url, so a client pages without depending on what it holds. */
export const encodeCursor = (position: ListPosition): string =>
  Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url')

export const decodeCursor = (cursor: string | undefined): Result<ListPosition | undefined> => {
  if (cursor === undefined) return ok(undefined)
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const position = positionSchema.safeParse({ createdAt, id })
    if (position.success) return ok(position.data)
  } catch {
    // not JSON: refused below like any other cursor this server did not give
  }
  return fail({ code: 'VALIDATION', message: '翻页位置不正确，请从第一页重新加载', path: 'cursor' })
}
