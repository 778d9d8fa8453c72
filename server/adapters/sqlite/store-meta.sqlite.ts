import type { SqliteDatabase } from './database.sqlite'

/** Facts about the store itself: which key sealed its ID numbers, whether a key rotation is under way. */
export const STORE_META = { dataKeyId: 'data_key_id', keyRotation: 'key_rotation' } as const

export const storeMeta = (db: SqliteDatabase) => {
  const select = db.prepare('SELECT value FROM store_meta WHERE name = ?')
  const upsert = db.prepare(
    'INSERT INTO store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
  )
  const remove = db.prepare('DELETE FROM store_meta WHERE name = ?')
  return {
    get: (name: string) => (select.get(name) as { value: string } | undefined)?.value,
    set: (name: string, value: string) => {
      upsert.run(name, value)
    },
    remove: (name: string) => {
      remove.run(name)
    },
  }
}

/** One sealed ID number of the store, newest first, to try a key on. */
export const sampleSealedIdNumber = (db: SqliteDatabase): string | undefined =>
  (
    db
      .prepare(
        `SELECT sealed FROM (
           SELECT json_extract(doc, '$.insured.idNumberSealed') AS sealed, created_at FROM filings
           UNION ALL SELECT json_extract(doc, '$.insured.idNumberSealed'), created_at FROM claims)
         WHERE sealed != ''
         ORDER BY created_at DESC LIMIT 1`,
      )
      .get() as { sealed: string } | undefined
  )?.sealed
