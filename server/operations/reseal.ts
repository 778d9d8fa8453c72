import type { SqliteDatabase } from '../adapters/sqlite/database.sqlite'
import type { IdNumbers } from '../ports/id-numbers'
import type { InsuredRecord } from '../ports/insured-record'

const TABLES = {
  // The long-term lock holds the ID hash, so it moves with it.
  filings:
    'UPDATE filings SET doc = ?, id_hash = ?, long_term_holder = CASE WHEN long_term_holder IS NULL THEN NULL ELSE ? END WHERE rowid = ?',
  claims: 'UPDATE claims SET doc = ? WHERE rowid = ?',
} as const

/**
 * Re-seals the ID numbers of one table under `to`, a batch per transaction in rowid order. A value already
 * carrying `to`'s key id is skipped, so a run cut off anywhere is finished by running it again.
 */
export const resealTable = (
  db: SqliteDatabase,
  table: keyof typeof TABLES,
  keys: { from: IdNumbers; to: IdNumbers },
  batch: number,
  progress: (done: number, total: number) => void,
): number => {
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
  const page = db.prepare(`SELECT rowid AS at, doc FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`)
  const update = db.prepare(TABLES[table])
  const done = `v2:${keys.to.keyId}:`
  let resealed = 0
  let seen = 0
  const runBatch = db.transaction((rows: { at: number; doc: string }[]) => {
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as { insured: InsuredRecord; payee?: { accountSealed: string } }
      // Deleted at its owner's request (use-cases/privacy/erase-record): nothing left to reseal.
      const erased = doc.insured.idNumberSealed === ''
      // A claim's payee account is sealed like the ID number and moves with it.
      const payeeDone =
        !doc.payee || doc.payee.accountSealed === '' || doc.payee.accountSealed.startsWith(done)
      if ((erased || doc.insured.idNumberSealed.startsWith(done)) && payeeDone) continue
      const { sealed, hash } =
        erased || doc.insured.idNumberSealed.startsWith(done)
          ? { sealed: doc.insured.idNumberSealed, hash: doc.insured.idHash }
          : keys.to.seal(keys.from.open(doc.insured.idNumberSealed))
      doc.insured = { ...doc.insured, idNumberSealed: sealed, idHash: hash }
      if (doc.payee && !payeeDone)
        doc.payee = {
          ...doc.payee,
          accountSealed: keys.to.seal(keys.from.open(doc.payee.accountSealed)).sealed,
        }
      if (table === 'filings') update.run(JSON.stringify(doc), hash, hash, row.at)
      else update.run(JSON.stringify(doc), row.at)
      resealed += 1
    }
  })
  for (let after = 0; ; ) {
    const rows = page.all(after, batch) as { at: number; doc: string }[]
    if (rows.length === 0) return resealed
    runBatch.immediate(rows)
    after = rows[rows.length - 1].at
    seen += rows.length
    progress(seen, total)
  }
}
