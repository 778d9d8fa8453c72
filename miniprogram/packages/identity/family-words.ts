import { FAMILY_MEMBER_CAP, INVITATION_HOURS } from '@shared/policy/family'
import type { AuthorisationView } from '@shared/schemas/responses.schema'

/** What a family member may do once authorised, and for how long: said the same on every 家庭成员 page. */
export const PROXY_MAY = '为您代办异地就医备案和手工报销'
export const LASTS_UNTIL = '授权一直有效，直到您或家人在“家庭成员”中结束授权'
export const INVITATION_RULES = `邀请码 ${INVITATION_HOURS} 小时内有效，只能使用一次；最多 ${FAMILY_MEMBER_CAP} 位家庭成员（含还没接受的邀请）`

/** A12B34C56D78 → A12B 34C5 6D78: read aloud or typed from another phone in three short groups. */
export const groupedCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ')

/** Whom the insured person authorised, as they know them: the member's verified name once accepted. */
export const memberName = (view: AuthorisationView) =>
  view.proxyName ?? (view.proxyMasked ? `账户 ${view.proxyMasked}` : '家人')
