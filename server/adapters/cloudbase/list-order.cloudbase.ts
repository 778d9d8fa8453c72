import type { ListPosition } from '../../ports/list-position'
import type { CloudDb } from './database.cloudbase'

/**
 * The documents matching `where` that come after `after` in (createdAt, _id) order, that order applied: a page
 * starts just past the last one shown even when two share a createdAt.
 */
export const pastPosition = (
  db: CloudDb,
  collection: ReturnType<CloudDb['collection']>,
  where: Record<string, unknown>,
  order: 'asc' | 'desc',
  after?: ListPosition,
) => {
  const _ = db.command
  const beyond = (value: string) => (order === 'asc' ? _.gt(value) : _.lt(value))
  const query = after
    ? collection.where(
        _.and([
          where,
          _.or([
            { createdAt: beyond(after.createdAt) },
            { createdAt: after.createdAt, _id: beyond(after.id) },
          ]),
        ]),
      )
    : collection.where(where)
  return query.orderBy('createdAt', order).orderBy('_id', order)
}
