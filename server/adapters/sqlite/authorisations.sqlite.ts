import type { Authorisation, Authorisations } from '../../ports/authorisations'
import type { SqliteDatabase } from './database.sqlite'

type Row = { doc: string; version: number }
const parse = (row: Row | undefined): Authorisation | undefined =>
  row && { ...(JSON.parse(row.doc) as Authorisation), version: row.version }

const columns = (record: Authorisation) => ({
  id: record.authorisationId,
  idHash: record.idHash,
  proxy: record.proxy ?? null,
  code: record.code ?? null,
  status: record.status,
  createdAt: record.createdAt,
  doc: JSON.stringify({ ...record, version: undefined }),
})

export const authorisationsSqlite = (db: SqliteDatabase): Authorisations => {
  const insert =
    db.prepare(`INSERT INTO authorisations (id, id_hash, proxy, code, status, version, created_at, doc)
    VALUES (:id, :idHash, :proxy, :code, :status, 1, :createdAt, :doc)`)
  const update = db.prepare(`UPDATE authorisations
    SET proxy = :proxy, code = :code, status = :status, version = version + 1, doc = :doc
    WHERE id = :id AND version = :expected`)
  const byId = db.prepare('SELECT doc, version FROM authorisations WHERE id = ?')
  const byCode = db.prepare('SELECT doc, version FROM authorisations WHERE code = ?')
  const forPerson = db.prepare(
    "SELECT doc, version FROM authorisations WHERE id_hash = ? AND status <> 'ended' ORDER BY created_at, id",
  )
  const forProxy = db.prepare(
    "SELECT doc, version FROM authorisations WHERE proxy = ? AND status = 'active' ORDER BY created_at, id",
  )
  return {
    async add(record) {
      insert.run(columns(record))
    },
    get: async (id) => parse(byId.get(id) as Row | undefined),
    byCode: async (code) => parse(byCode.get(code) as Row | undefined),
    forPerson: async (idHash) => (forPerson.all(idHash) as Row[]).map((row) => parse(row)!),
    forProxy: async (proxy) => (forProxy.all(proxy) as Row[]).map((row) => parse(row)!),
    replace: async (record, expected) => {
      const { id, proxy, code, status, doc } = columns(record)
      return update.run({ id, proxy, code, status, doc, expected }).changes === 1
    },
  }
}
