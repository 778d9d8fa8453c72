import type { Hospital } from '@shared/hospitals/hospital.schema'
import type { Hospitals } from '../../ports/hospitals'
import type { SqliteDatabase } from './database.sqlite'

export const hospitalsSqlite = (db: SqliteDatabase): Hospitals => {
  const upsert = db.prepare(
    `INSERT INTO hospitals (code, region_code, name, doc) VALUES (?, ?, ?, ?)
     ON CONFLICT (code) DO UPDATE SET region_code = excluded.region_code, name = excluded.name, doc = excluded.doc`,
  )
  const inRegion = db.prepare(
    "SELECT doc FROM hospitals WHERE region_code LIKE ? || '%' ORDER BY region_code, code LIMIT ?",
  )
  const byCode = db.prepare('SELECT doc FROM hospitals WHERE code = ?')
  const importAll = db.transaction((rows: readonly Hospital[]) => {
    for (const row of rows) upsert.run(row.code, row.regionCode, row.name, JSON.stringify(row))
  })
  return {
    async importAll(rows) {
      importAll.immediate(rows)
      return rows.length
    },
    inRegion: async (prefix, limit) =>
      (inRegion.all(prefix, limit) as { doc: string }[]).map((row) => JSON.parse(row.doc) as Hospital),
    byCode: async (code) => {
      const row = byCode.get(code) as { doc: string } | undefined
      return row ? (JSON.parse(row.doc) as Hospital) : null
    },
    count: async () => (db.prepare('SELECT COUNT(*) AS n FROM hospitals').get() as { n: number }).n,
  }
}
