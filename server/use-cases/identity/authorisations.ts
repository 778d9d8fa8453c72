import { FAMILY_MEMBER_CAP, INVITATION_HOURS } from '@shared/policy/family'
import { fail, ok, type Result } from '@shared/result'
import type { Authorisation } from '../../ports/authorisations'
import type { Call } from '../call'
import { sealInsured } from '../seal-insured'
import { NOT_VERIFIED } from './acting-for'

/** What either side of an authorisation sees: never the other's openid in full, never an ID number. */
export interface AuthorisationView {
  authorisationId: string
  status: Authorisation['status']
  via: Authorisation['via']
  insured: { name: string; idNumberMasked: string }
  /** The invitation code, to the inviter only, while it is open. */
  code?: string
  proxyMasked?: string
  /** The family member's verified name, to the insured person only: whom they let file in their name. */
  proxyName?: string
  createdAt: string
  expiresAt?: string
}

const maskAccount = (openid: string) =>
  openid.length <= 6 ? '***' : `${openid.slice(0, 3)}***${openid.slice(-3)}`

const viewOf = (record: Authorisation, asInviter: boolean): AuthorisationView => ({
  authorisationId: record.authorisationId,
  status: record.status,
  via: record.via,
  insured: { name: record.insuredName, idNumberMasked: record.idNumberMasked },
  ...(asInviter && record.status === 'invited' && record.code ? { code: record.code } : {}),
  ...(record.proxy ? { proxyMasked: maskAccount(record.proxy) } : {}),
  createdAt: record.createdAt,
  ...(record.expiresAt ? { expiresAt: record.expiresAt } : {}),
})

const isOpen = (call: Call, record: Authorisation) =>
  record.status === 'invited' && (record.expiresAt === undefined || record.expiresAt > call.at)

const audit = (call: Call, action: string, record: Authorisation, note?: string) =>
  call.ports.audit.append({
    at: call.at,
    actor: call.caller,
    action,
    recordKind: 'authorisation',
    recordId: record.authorisationId,
    note: note ?? `${record.idNumberMasked}${record.proxy ? ` → ${record.proxy}` : ''}`,
  })

/** What the insured person sees of one they authorised: the member's verified name once accepted. */
const grantedView = async (call: Call, record: Authorisation): Promise<AuthorisationView> => {
  const proxy = record.proxy ? await call.ports.identities.of(record.proxy) : undefined
  return { ...viewOf(record, true), ...(proxy ? { proxyName: proxy.person.name } : {}) }
}

/** 亲情账户: the verified insured person opens an invitation; the family member accepts it with its code. */
export const inviteFamilyMember = async (call: Call): Promise<Result<AuthorisationView>> => {
  const identity = await call.ports.identities.of(call.caller)
  if (!identity) return fail({ code: 'FORBIDDEN', message: NOT_VERIFIED })
  const current = (await call.ports.authorisations.forPerson(identity.person.idHash)).filter(
    (record) => record.via === 'family' && (record.status === 'active' || isOpen(call, record)),
  )
  if (current.length >= FAMILY_MEMBER_CAP)
    return fail({
      code: 'CONFLICT',
      message: `最多可添加 ${FAMILY_MEMBER_CAP} 位家庭成员（含未接受的邀请），请先解除不再需要的成员`,
    })
  const authorisationId = call.ports.ids.next('au')
  const record: Authorisation = {
    authorisationId,
    idHash: identity.person.idHash,
    insuredName: identity.person.name,
    idNumberMasked: identity.person.idNumberMasked,
    grantedBy: call.caller,
    via: 'family',
    status: 'invited',
    code: call.ports.ids.next('ic').slice(-12).toUpperCase(),
    version: 1,
    createdAt: call.at,
    updatedAt: call.at,
    expiresAt: new Date(Date.parse(call.at) + INVITATION_HOURS * 3600_000).toISOString(),
  }
  await call.ports.authorisations.add(record)
  await audit(call, 'family_invite', record)
  return ok(viewOf(record, true))
}

export const acceptInvitation = async (call: Call, code: string): Promise<Result<AuthorisationView>> => {
  const identity = await call.ports.identities.of(call.caller)
  if (!identity) return fail({ code: 'FORBIDDEN', message: NOT_VERIFIED })
  const record = await call.ports.authorisations.byCode(code)
  if (!record) return fail({ code: 'NOT_FOUND', message: '邀请码不存在，请核对后重新输入' })
  if (record.status !== 'invited')
    return fail({ code: 'CONFLICT', message: '该邀请已被使用或已取消，请让家人重新邀请' })
  if (!isOpen(call, record)) return fail({ code: 'CONFLICT', message: '该邀请已过期，请让家人重新邀请' })
  if (record.grantedBy === call.caller || record.idHash === identity.person.idHash)
    return fail({ code: 'CONFLICT', message: '不能接受自己发出的邀请，请把邀请码发给要代办的家人' })
  const accepted: Authorisation = { ...record, status: 'active', proxy: call.caller, updatedAt: call.at }
  if (!(await call.ports.authorisations.replace(accepted, record.version)))
    return fail({ code: 'CONFLICT', message: '该邀请已被使用或已取消，请让家人重新邀请' })
  await audit(call, 'family_accept', accepted)
  return ok(viewOf(accepted, false))
}

/** Whom I authorised (and my open invitations), and who authorised me. */
export const listMembers = async (
  call: Call,
): Promise<Result<{ granted: AuthorisationView[]; received: AuthorisationView[] }>> => {
  const identity = await call.ports.identities.of(call.caller)
  const granted = identity ? await call.ports.authorisations.forPerson(identity.person.idHash) : []
  const received = await call.ports.authorisations.forProxy(call.caller)
  const shown = granted.filter((record) => record.status === 'active' || isOpen(call, record))
  return ok({
    granted: await Promise.all(shown.map((record) => grantedView(call, record))),
    received: received.map((record) => viewOf(record, false)),
  })
}

/** Either side may end it at any time; others are told it does not exist. */
export const endAuthorisation = async (
  call: Call,
  authorisationId: string,
): Promise<Result<AuthorisationView>> => {
  const record = await call.ports.authorisations.get(authorisationId)
  const identity = await call.ports.identities.of(call.caller)
  const isParty =
    record &&
    (record.proxy === call.caller || (identity !== undefined && identity.person.idHash === record.idHash))
  if (!record || !isParty) return fail({ code: 'NOT_FOUND', message: '授权不存在' })
  if (record.status === 'ended') return ok(viewOf(record, false))
  const ended: Authorisation = { ...record, status: 'ended', endedBy: call.caller, updatedAt: call.at }
  if (!(await call.ports.authorisations.replace(ended, record.version)))
    return fail({ code: 'CONFLICT', message: '授权正在被同时修改，请刷新后重试' })
  await audit(call, 'authorisation_end', ended)
  return ok(viewOf(ended, false))
}

/** At a 窗口 or 服务站 staff checked the person's documents and record whom they authorise (001 二, 004 一(二)). */
export const recordStaffAuthorisation = async (
  call: Call,
  input: { insured: { name: string; idNumber: string }; proxy: string; note: string },
): Promise<Result<AuthorisationView>> => {
  if (input.proxy === call.caller)
    return fail({ code: 'FORBIDDEN', message: '经办人员不能为自己登记代办授权，请由其他经办人员办理' })
  const sealed = sealInsured(call, { ...input.insured, phone: '' })
  const record: Authorisation = {
    authorisationId: call.ports.ids.next('au'),
    idHash: sealed.idHash,
    insuredName: sealed.name,
    idNumberMasked: sealed.idNumberMasked,
    grantedBy: call.caller,
    via: 'staff',
    status: 'active',
    proxy: input.proxy,
    note: input.note,
    version: 1,
    createdAt: call.at,
    updatedAt: call.at,
  }
  await call.ports.authorisations.add(record)
  await audit(call, 'staff_authorise', record, `${record.idNumberMasked} → ${input.proxy}: ${input.note}`)
  return ok(viewOf(record, false))
}
