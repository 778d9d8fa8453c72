import type { SqliteDatabase } from './database.sqlite'

/** Every fileID a record holds: a filing's materials and signature, a claim's materials. */
const REFERENCED = `
  SELECT json_extract(m.value, '$.fileID') FROM filings, json_each(filings.doc, '$.materials') AS m
  UNION SELECT json_extract(doc, '$.draft.commitment.signatureFileID') FROM filings
  UNION SELECT json_extract(m.value, '$.fileID') FROM claims, json_each(claims.doc, '$.materials') AS m`

/**
 * Deletes the index rows of old uploads nothing references, in one statement, so a record committed before it
 * keeps its files; returns their ids for the bytes to go after. Only old rows are candidates, and when there
 * are none the records are not scanned at all.
 */
export const unattachedRemover = (db: SqliteDatabase) => {
  const candidates = db.prepare('SELECT 1 FROM files WHERE created_at < ? LIMIT 1')
  const remove = db.prepare(
    `WITH referenced (id) AS (${REFERENCED})
     DELETE FROM files WHERE created_at < ? AND id NOT IN (SELECT id FROM referenced WHERE id IS NOT NULL)
     RETURNING id`,
  )
  return (before: string): string[] =>
    candidates.get(before) ? (remove.all(before) as { id: string }[]).map((row) => row.id) : []
}
