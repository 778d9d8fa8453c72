import type { AuditEntry, AuditLog } from '../../ports/audit-log'
import type { SqliteDatabase } from './database.sqlite'

type Row = {
  seq: number
  at: string
  actor: string
  action: string
  record_kind: string
  record_id: string
  note: string | null
}

/** The table's triggers refuse UPDATE and DELETE, so not even this process can rewrite what happened. */
export const auditLogSqlite = (db: SqliteDatabase): AuditLog => {
  const insert = db.prepare(`INSERT INTO audit_log (at, actor, action, record_kind, record_id, note)
    VALUES (:at, :actor, :action, :recordKind, :recordId, :note)`)
  const since = db.prepare('SELECT * FROM audit_log WHERE at >= ? ORDER BY seq')
  return {
    async append(entry) {
      insert.run({ ...entry, note: entry.note ?? null })
    },
    since: async (at) =>
      (since.all(at) as Row[]).map((row) => ({
        seq: row.seq,
        at: row.at,
        actor: row.actor,
        action: row.action,
        recordKind: row.record_kind as AuditEntry['recordKind'],
        recordId: row.record_id,
        ...(row.note === null ? {} : { note: row.note }),
      })),
  }
}
