import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { claimsSqlite } from '../../server/adapters/sqlite/claims.sqlite'
import { migrate, openDatabase } from '../../server/adapters/sqlite/database.sqlite'
import { filingsSqlite } from '../../server/adapters/sqlite/filings.sqlite'
import { repositoryContract } from './repositories.contract'

repositoryContract('SQLite', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yidi-contract-'))
  const db = openDatabase(dir)
  return {
    filings: filingsSqlite(db),
    claims: claimsSqlite(db),
    close: async () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})

test('migrations are versioned and applied once', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'yidi-migrate-'))
  const db = openDatabase(dir)
  expect(migrate(db)).toEqual([])
  expect(db.pragma('journal_mode')).toMatchObject([{ journal_mode: 'wal' }])
  const versions = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]
  expect(versions.map((row) => row.version)).toEqual([1])
  db.close()
  rmSync(dir, { recursive: true, force: true })
})
