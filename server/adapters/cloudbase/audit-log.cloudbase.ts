import type { AuditEntry, AuditLog } from '../../ports/audit-log'
import { type CloudDb, COLLECTIONS, MAX_PAGE, unwrap } from './database.cloudbase'

/**
 * Functions only add to this collection; its permission (cloudbase/database.json) lets no client or staff
 * account write, so the console's administrators are the only ones who could touch it.
 */
export const auditLogCloudBase = (db: CloudDb): AuditLog => {
  const log = db.collection(COLLECTIONS.auditLog)
  return {
    async append(entry) {
      await unwrap(log.add({ ...entry, seq: Date.now() }))
    },
    since: async (at) =>
      (
        (
          await unwrap(
            log
              .where({ at: db.command.gte(at) })
              .orderBy('at', 'asc')
              .limit(MAX_PAGE)
              .get(),
          )
        ).data as (AuditEntry & { seq: number })[]
      ).map(({ seq, at, actor, action, recordKind, recordId, note }) => ({
        seq,
        at,
        actor,
        action,
        recordKind,
        recordId,
        ...(note ? { note } : {}),
      })),
  }
}
