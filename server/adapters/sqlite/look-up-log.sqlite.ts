import type { LookUpLog } from '../../ports/look-up-log'
import type { SqliteDatabase } from './database.sqlite'

export const lookUpLogSqlite = (db: SqliteDatabase): LookUpLog => {
  const insert = db.prepare('INSERT INTO insured_lookups (caller, at) VALUES (?, ?)')
  const prune = db.prepare('DELETE FROM insured_lookups WHERE caller = ? AND at < ?')
  const since = db.prepare('SELECT COUNT(*) AS n FROM insured_lookups WHERE caller = ? AND at >= ?')
  return {
    async record(caller, at, from) {
      return db.transaction(() => {
        insert.run(caller, at)
        prune.run(caller, from)
        return (since.get(caller, from) as { n: number }).n
      })()
    },
  }
}
