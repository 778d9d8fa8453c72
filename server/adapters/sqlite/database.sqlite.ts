import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs'
import path from 'node:path'
import Database from 'libsql'
import { MIGRATIONS } from './migrations'

export type SqliteDatabase = InstanceType<typeof Database>

export const DATABASE_FILE = 'yidi.sqlite'

/** Opens (creating if needed) the one database file under `dataDir` and brings its schema up to date. */
export const openDatabase = (
  dataDir: string,
  options: { backgroundCheckpoints?: boolean } = {},
): SqliteDatabase => {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const file = path.join(dataDir, DATABASE_FILE)
  // SQLite gives its -wal and -shm files the database file's mode: a private file keeps all three private.
  closeSync(openSync(file, 'a', 0o600))
  chmodSync(file, 0o600)
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  // Another process (a second runtime, a migration) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = NORMAL')
  // Reads through a memory map and a 64 MB page cache instead of a read() per page: measured by bench:api
  // at about +15 % filing.submit throughput on this 2-core machine.
  db.pragma('mmap_size = 268435456')
  db.pragma('cache_size = -65536')
  db.pragma('foreign_keys = ON')
  // With a checkpointer thread the committing connection checkpoints only as a backstop (40 MB of WAL),
  // which is also the only moment the WAL starts over under steady writes (see checkpointer.sqlite.ts).
  if (options.backgroundCheckpoints) db.pragma('wal_autocheckpoint = 10000')
  migrate(db)
  return db
}

export const migrate = (db: SqliteDatabase): number[] => {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  )
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (row) => row.version,
    ),
  )
  const pending = MIGRATIONS.filter((migration) => !applied.has(migration.version))
  const apply = db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      )
    }
  })
  apply.immediate()
  return pending.map((migration) => migration.version)
}

export const isUniqueViolation = (error: unknown, index?: string): boolean => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string }
  if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return false
  return index === undefined || (message ?? '').includes(index)
}
