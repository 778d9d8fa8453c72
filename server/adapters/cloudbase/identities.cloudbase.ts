import type { Identities, VerifiedIdentity } from '../../ports/identity'
import type { Outbox } from '../../ports/outbox'
import { type CloudDb, COLLECTIONS, first, isDuplicate, unwrap } from './database.cloudbase'

type Stored = VerifiedIdentity & { _id: string; idHash: string }

/** One document per account (`_id` the openid); a used verification result is a document whose `_id` is its key. */
export const identitiesCloudBase = (db: CloudDb, outbox?: Pick<Outbox, 'add'>): Identities => {
  const identities = db.collection(COLLECTIONS.identities)
  const results = db.collection(COLLECTIONS.verificationResults)
  return {
    async of(openid) {
      const stored = await first<Stored>(identities.where({ _id: openid }).limit(1))
      if (!stored) return undefined
      const { _id, idHash, ...identity } = stored
      return identity as VerifiedIdentity
    },
    async bind(identity, resultKey, notifications) {
      try {
        await unwrap(results.add({ _id: resultKey, openid: identity.openid, at: identity.verifiedAt }))
      } catch (error) {
        if (isDuplicate(error)) return { bound: false, reason: 'replayed' }
        throw error
      }
      const { idHash } = identity.person
      const previous = await first<Stored>(
        identities.where({ idHash, _id: db.command.neq(identity.openid) }).limit(1),
      )
      if (previous) await unwrap(identities.where({ _id: previous._id }).remove())
      await unwrap(identities.doc(identity.openid).set({ ...identity, idHash }))
      if (!previous) return { bound: true }
      for (const notification of notifications(previous._id)) await outbox?.add(notification)
      return { bound: true, movedFrom: previous._id }
    },
  }
}
