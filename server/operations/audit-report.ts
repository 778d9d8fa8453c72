import { existsSync } from 'node:fs'
import path from 'node:path'
import Database from 'libsql'
import { auditLogSqlite } from '../adapters/sqlite/audit-log.sqlite'
import { DATABASE_FILE } from '../adapters/sqlite/database.sqlite'

/** `2026-05-01` means from that Shanghai midnight; a full ISO time is taken as it is. */
export const sinceInstant = (since: string): string => {
  if (/^\d{4}-\d{2}-\d{2}$/.test(since)) return new Date(`${since}T00:00:00+08:00`).toISOString()
  const parsed = new Date(since)
  if (Number.isNaN(parsed.getTime()))
    throw new Error(`--since must be a date (YYYY-MM-DD) or an ISO time, not "${since}"`)
  return parsed.toISOString()
}

/** The audit as lines, oldest first, read without writing anything (a running server is not disturbed). */
export const auditReport = async (dataDir: string, since: string): Promise<string[]> => {
  const file = path.join(dataDir, DATABASE_FILE)
  if (!existsSync(file)) throw new Error(`no database in ${dataDir}`)
  const db = new Database(file, { readonly: true })
  try {
    const entries = await auditLogSqlite(db).since(sinceInstant(since))
    return entries.map((entry) =>
      [
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        `${entry.recordKind}:${entry.recordId}`,
        entry.note ?? '',
      ]
        .join('\t')
        .trimEnd(),
    )
  } finally {
    db.close()
  }
}
