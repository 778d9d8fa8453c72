import { ok } from '@shared/result'
import { claimChecklist } from '@shared/rules/claim-checklist'
import { estimateReimbursement } from '@shared/rules/estimate'
import { claimEventSchema } from '@shared/schemas/claim.schema'
import { parseInput } from '@shared/schemas/parse'
import { callOf } from '../use-cases/call'
import { createClaim } from '../use-cases/claim/create-claim'
import { attachToClaim, changePayee, submitClaim, withdrawClaim } from '../use-cases/claim/manage-claim'
import { getClaim, listClaims } from '../use-cases/claim/read-claims'
import { findHospitals } from '../use-cases/hospitals/hospitals'
import type { FunctionHandler } from './handler'

export const claimFunction: FunctionHandler = async (input, caller, ports) => {
  const parsed = parseInput(claimEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  const call = callOf(caller, ports)
  switch (event.action) {
    case 'checklist':
      return ok(claimChecklist(event.insuredRegion, event.careType, event.injury))
    case 'estimate': {
      const { action, ...estimateInput } = event
      return ok(estimateReimbursement(estimateInput))
    }
    case 'create': {
      const { action, ...claim } = event
      return createClaim(call, claim)
    }
    case 'attach':
      return attachToClaim(call, event.claimId, event.materials, event.invoices)
    case 'submit':
      return submitClaim(call, event.claimId, event.payee)
    case 'payee':
      return changePayee(call, event.claimId, event.payee)
    case 'hospitals':
      return findHospitals(call, { region: event.region, q: event.q, level: event.level })
    case 'withdraw':
      return withdrawClaim(call, event.claimId)
    case 'list':
      return listClaims(call)
    case 'get':
      return getClaim(call, event.claimId)
  }
}
