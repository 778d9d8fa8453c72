import { identityEventSchema } from '@shared/schemas/identity.schema'
import { parseInput } from '@shared/schemas/parse'
import { callOf } from '../use-cases/call'
import {
  acceptInvitation,
  endAuthorisation,
  inviteFamilyMember,
  listMembers,
} from '../use-cases/identity/authorisations'
import { identityStatus, verifyIdentity } from '../use-cases/identity/verify-identity'
import type { FunctionHandler } from './handler'

/** 实名认证 and 家庭成员: who the caller is, and whom they may act for (docs/api.md, Function `identity`). */
export const identityFunction: FunctionHandler = async (input, caller, ports) => {
  const parsed = parseInput(identityEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  const call = callOf(caller, ports)
  switch (event.action) {
    case 'status':
      return identityStatus(call)
    case 'verify': {
      const { action, ...request } = event
      return verifyIdentity(call, request)
    }
    case 'invite':
      return inviteFamilyMember(call)
    case 'accept':
      return acceptInvitation(call, event.code)
    case 'members':
      return listMembers(call)
    case 'end':
      return endAuthorisation(call, event.authorisationId)
  }
}
