import type { Envelope } from '@shared/envelope'
import { checkCharacter, maskIdNumber } from '@shared/identity/id-number'

/**
 * What a real client does before filing or claiming, through the same API: with the development adapter an
 * account verifies an identity in one `identity.verify` call; a 代办 needs the insured person's invitation,
 * accepted by the proxy. Tests, benchmarks and scripts call this before `filing.submit` / `claim.create`, so
 * every one of them passes the identity rule instead of going around it.
 */
export type Send = (caller: string, name: 'identity', event: unknown) => Promise<Envelope>

interface Person {
  name: string
  idNumber: string
}

/** A stable, valid test identity per account, for accounts that only ever act for others. */
export const testIdentityOf = (account: string): Person => {
  let hash = 7
  for (const character of account) hash = (hash * 31 + character.charCodeAt(0)) >>> 0
  const birth = new Date(Date.UTC(1950, 0, 1) + (hash % 15000) * 86_400_000).toISOString().slice(0, 10)
  const first17 = `110101${birth.replaceAll('-', '')}${String((hash >>> 8) % 1000).padStart(3, '0')}`
  return { name: '代办测试', idNumber: first17 + checkCharacter(first17) }
}

/** The insured person an event files or claims for, and whether the caller says it is themself. */
const targetOf = (name: string, event: unknown): { person: Person; self: boolean } | undefined => {
  const body = (event ?? {}) as {
    action?: string
    draft?: { insured?: Person; relation?: string }
    insured?: Person
  }
  if (name === 'filing' && body.action === 'submit' && body.draft?.insured)
    return { person: body.draft.insured, self: body.draft.relation === 'self' }
  if (name === 'claim' && body.action === 'create' && body.insured)
    return { person: body.insured, self: true }
  return undefined
}

const dataOf = (envelope: Envelope) => (envelope.ok ? (envelope.data as Record<string, unknown>) : undefined)

const verify = (send: Send, caller: string, person: Person) =>
  send(caller, 'identity', { action: 'verify', name: person.name, idNumber: person.idNumber })

/** The caller's account is verified as `person`, unless it already is. */
export const verifiedAs = async (send: Send, caller: string, person: Person) => {
  const status = dataOf(await send(caller, 'identity', { action: 'status' }))
  const masked = maskIdNumber(person.idNumber.toUpperCase())
  if (status?.idNumberMasked !== masked || status?.name !== person.name) await verify(send, caller, person)
}

/**
 * `person` authorises the caller (亲情账户): from their own verified account they invite, and the caller, verified
 * as its own test identity, accepts. Nothing is done when the caller already holds that authorisation.
 */
export const authorisedBy = async (send: Send, caller: string, person: Person) => {
  const status = dataOf(await send(caller, 'identity', { action: 'status' }))
  if (status && !status.verified) await verify(send, caller, testIdentityOf(caller))
  const members = dataOf(await send(caller, 'identity', { action: 'members' }))
  const received = (members?.received ?? []) as { insured: { idNumberMasked: string } }[]
  const masked = maskIdNumber(person.idNumber.toUpperCase())
  if (received.some((grant) => grant.insured.idNumberMasked === masked)) return
  const kin = `kin-${person.idNumber}`
  await verify(send, kin, person)
  const invitation = dataOf(await send(kin, 'identity', { action: 'invite' }))
  if (invitation?.code) await send(caller, 'identity', { action: 'accept', code: invitation.code })
}

/** Failures are left for the real call to report (a malformed ID number fails there as it always did). */
export const prepareIdentity = async (send: Send, caller: string, name: string, event: unknown) => {
  const target = targetOf(name, event)
  if (!target || typeof target.person.idNumber !== 'string' || typeof target.person.name !== 'string') return
  if (target.self) return verifiedAs(send, caller, target.person)
  // The wizard asks for the filer's declaration before anything is sent; a draft without it goes no further.
  const draft = (event as { draft?: { commitment?: { proxyConsent?: unknown } } }).draft
  if (draft && draft.commitment?.proxyConsent !== true) return
  await authorisedBy(send, caller, target.person)
}

/** The same, over the local runtime's HTTP API with the development `X-Openid` header. */
export const prepareIdentityOverHttp = (base: string, caller: string, name: string, event: unknown) =>
  prepareIdentity(
    async (openid, fn, body) =>
      (await (
        await fetch(new URL(`/api/fn/${fn}`, base), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Openid': openid },
          body: JSON.stringify(body),
        })
      ).json()) as Envelope,
    caller,
    name,
    event,
  )
