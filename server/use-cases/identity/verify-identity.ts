import { fail, ok, type Result } from '@shared/result'
import type { VerifiedIdentity } from '../../ports/identity'
import type { Call } from '../call'
import { notification } from '../notification'
import { sealInsured } from '../seal-insured'

export interface IdentityStatus {
  verified: boolean
  name?: string
  idNumberMasked?: string
  verifiedAt?: string
  /** `development` tells the app that no face check happens (the local runtime and tests). */
  method: VerifiedIdentity['method']
}

const statusOf = (call: Call, identity: VerifiedIdentity | undefined): IdentityStatus => ({
  verified: identity !== undefined,
  method: call.ports.verification.method,
  ...(identity && {
    name: identity.person.name,
    idNumberMasked: identity.person.idNumberMasked,
    verifiedAt: identity.verifiedAt,
  }),
})

export const identityStatus = async (call: Call): Promise<Result<IdentityStatus>> =>
  ok(statusOf(call, await call.ports.identities.of(call.caller)))

/**
 * Binds the account to the person once the verification port confirms it. The person's binding on another
 * account moves here (a new phone), and that account is told; a verification result counts once.
 */
export const verifyIdentity = async (
  call: Call,
  request: { name: string; idNumber: string; verifyResult?: string },
): Promise<Result<IdentityStatus>> => {
  const confirmed = await call.ports.verification.confirm({
    caller: call.caller,
    ...request,
    now: call.ports.clock.now(),
  })
  if (!confirmed.ok) return confirmed
  const { phone: _none, ...person } = sealInsured(call, { ...request, phone: '' })
  const identity: VerifiedIdentity = {
    openid: call.caller,
    person,
    method: call.ports.verification.method,
    verifiedAt: call.at,
  }
  const outcome = await call.ports.identities.bind(identity, confirmed.value.resultKey, (movedFrom) => [
    notification(call, movedFrom, 'identity', {
      recordId: 'identity',
      title: `您的实名身份（${person.idNumberMasked}）已在另一个微信账号上重新认证，本账号不能再以该身份办理`,
      status: 'moved',
    }),
  ])
  if (!outcome.bound) return fail({ code: 'CONFLICT', message: '该人脸核验结果已使用过，请重新进行人脸核验' })
  if (outcome.movedFrom)
    await call.ports.audit.append({
      at: call.at,
      actor: call.caller,
      action: 'identity_moved',
      recordKind: 'identity',
      recordId: person.idNumberMasked,
      note: `from ${outcome.movedFrom}`,
    })
  return ok(statusOf(call, identity))
}
