import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { claimsSqlite } from '../../server/adapters/sqlite/claims.sqlite'
import { migrate, openDatabase } from '../../server/adapters/sqlite/database.sqlite'
import { filingsSqlite } from '../../server/adapters/sqlite/filings.sqlite'
import { MIGRATIONS } from '../../server/adapters/sqlite/migrations'
import { repositoryContract } from './repositories.contract'
import { ALICE, dataOf, draft, tempStore } from './support'

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
  expect(versions.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version))
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('a state change and its notification are one transaction', () => {
  const note = (id: string) => ({
    id,
    recipient: ALICE,
    kind: 'filing_status' as const,
    payload: { recordId: 'x', title: '异地就医备案审核通过', status: 'effective' },
    createdAt: '2026-05-01T02:00:00.000Z',
  })

  test('no notification without its change, no change without its notification', async () => {
    const store = tempStore()
    const outboxRows = () => store.count('outbox')
    const submitted = await store.call('filing', {
      action: 'submit',
      draft: draft({ filingType: 'temporary' }),
      idempotencyKey: 'atomic-0001',
    })
    const { filingId } = dataOf('filing.submit', submitted)
    const record = (await store.ports.filings.get(filingId))!
    const before = outboxRows()

    // A lost compare-and-set writes neither the record nor the message.
    expect(
      await store.ports.filings.replace({ ...record, review: 'approved' }, record.version + 7, [
        note('nt_a'),
      ]),
    ).toBe(false)
    expect(outboxRows()).toBe(before)

    // A message that cannot be written (its id is taken) takes the change back with it.
    await store.ports.outbox.add(note('nt_taken'))
    await expect(
      store.ports.filings.replace({ ...record, review: 'approved' }, record.version, [note('nt_taken')]),
    ).rejects.toThrow()
    expect((await store.ports.filings.get(filingId))!.version).toBe(record.version)

    // Both together.
    expect(
      await store.ports.filings.replace({ ...record, review: 'approved' }, record.version, [note('nt_b')]),
    ).toBe(true)
    expect(outboxRows()).toBe(before + 2)
    await store.dispose()
  })
})
