import type { Result } from '@shared/result'
import type { InsuredRecord } from './insured-record'
import type { Notification } from './outbox'

export type VerificationMethod = 'wechat_face' | 'development'

/** One account bound to one insured person, after a verification: the ID number sealed, matched by its hash. */
export interface VerifiedIdentity {
  openid: string
  person: Omit<InsuredRecord, 'phone'>
  method: VerificationMethod
  verifiedAt: string
}

export type BindOutcome = { bound: true; movedFrom?: string } | { bound: false; reason: 'replayed' }

export interface Identities {
  of(openid: string): Promise<VerifiedIdentity | undefined>
  /**
   * Binds the account to the person, atomically: the person's binding moves off any other account (returned
   * as `movedFrom`, and told by `notifications`), and a verification result already used is refused.
   */
  bind(
    identity: VerifiedIdentity,
    resultKey: string,
    notifications: (movedFrom: string) => readonly Notification[],
  ): Promise<BindOutcome>
}

export interface VerificationRequest {
  caller: string
  name: string
  idNumber: string
  verifyResult?: string
  now: Date
}

/** Proves that the caller is the named person; `resultKey` names the proof so it cannot be used twice. */
export interface IdentityVerification {
  method: VerificationMethod
  confirm(request: VerificationRequest): Promise<Result<{ resultKey: string }>>
}
