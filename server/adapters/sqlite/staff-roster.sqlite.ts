import type { StaffRoster } from '../../ports/staff-roster'
import type { SqliteDatabase } from './database.sqlite'

export const staffSqlite = (db: SqliteDatabase): StaffRoster & { add(openid: string, at: string): void } => {
  const select = db.prepare('SELECT 1 FROM staff WHERE openid = ?')
  const insert = db.prepare('INSERT OR IGNORE INTO staff (openid, added_at) VALUES (?, ?)')
  return {
    includes: async (openid) => select.get(openid) !== undefined,
    add: (openid, at) => {
      insert.run(openid, at)
    },
  }
}
