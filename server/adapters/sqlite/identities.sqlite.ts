import type { Identities, VerifiedIdentity } from '../../ports/identity'
import type { Notification } from '../../ports/outbox'
import { isUniqueViolation, type SqliteDatabase } from './database.sqlite'
import { notificationWriter } from './outbox.sqlite'

class Replayed extends Error {}

export const identitiesSqlite = (db: SqliteDatabase): Identities => {
  const byOpenid = db.prepare('SELECT doc FROM identities WHERE openid = ?')
  const holderOf = db.prepare('SELECT openid FROM identities WHERE id_hash = ? AND openid <> ?')
  const release = db.prepare('DELETE FROM identities WHERE id_hash = ? AND openid <> ?')
  const upsert = db.prepare(`INSERT INTO identities (openid, id_hash, verified_at, doc) VALUES (?, ?, ?, ?)
    ON CONFLICT (openid) DO UPDATE SET id_hash = excluded.id_hash, verified_at = excluded.verified_at, doc = excluded.doc`)
  const useResult = db.prepare('INSERT INTO verification_results (result_key, openid, at) VALUES (?, ?, ?)')
  const notify = notificationWriter(db)
  const bindWith = db.transaction(
    (
      identity: VerifiedIdentity,
      resultKey: string,
      notifications: (movedFrom: string) => readonly Notification[],
    ): string | undefined => {
      try {
        useResult.run(resultKey, identity.openid, identity.verifiedAt)
      } catch (error) {
        if (isUniqueViolation(error)) throw new Replayed()
        throw error
      }
      const { idHash } = identity.person
      const previous = holderOf.get(idHash, identity.openid) as { openid: string } | undefined
      release.run(idHash, identity.openid)
      upsert.run(identity.openid, idHash, identity.verifiedAt, JSON.stringify(identity))
      if (previous) for (const notification of notifications(previous.openid)) notify(notification)
      return previous?.openid
    },
  )
  return {
    of: async (openid) => {
      const row = byOpenid.get(openid) as { doc: string } | undefined
      return row && (JSON.parse(row.doc) as VerifiedIdentity)
    },
    async bind(identity, resultKey, notifications) {
      try {
        const movedFrom = bindWith.immediate(identity, resultKey, notifications)
        return movedFrom ? { bound: true, movedFrom } : { bound: true }
      } catch (error) {
        if (error instanceof Replayed) return { bound: false, reason: 'replayed' }
        throw error
      }
    },
  }
}
