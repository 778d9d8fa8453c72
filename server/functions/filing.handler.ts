import { filingEventSchema } from '@shared/schemas/filing.schema'
import { parseInput } from '@shared/schemas/parse'
import { callOf } from '../use-cases/call'
import { completeDraft } from '../use-cases/filing/complete-draft'
import { lookUpInsured } from '../use-cases/filing/look-up-insured'
import { cancelFiling, changeDestination, supplementFiling } from '../use-cases/filing/manage-filing'
import { filingCoverage, getFiling, listFilings, quote } from '../use-cases/filing/read-filings'
import { reportFiling } from '../use-cases/filing/report-filing'
import { submitFiling } from '../use-cases/filing/submit-filing'
import type { FunctionHandler } from './handler'

export const filingFunction: FunctionHandler = async (input, caller, ports) => {
  const parsed = parseInput(filingEventSchema, input)
  if (!parsed.ok) return parsed
  const event = parsed.value
  const call = callOf(caller, ports)
  switch (event.action) {
    case 'quote': {
      const draft = await completeDraft(call, event.draft)
      return draft.ok ? quote(call, draft.value) : draft
    }
    case 'submit': {
      const draft = await completeDraft(call, event.draft)
      return draft.ok ? submitFiling(call, draft.value, event.idempotencyKey) : draft
    }
    case 'list':
      return listFilings(call)
    case 'get':
      return getFiling(call, event.filingId)
    case 'supplement':
      return supplementFiling(call, event.filingId, event.materials)
    case 'change':
      return changeDestination(call, event.filingId, event.destination)
    case 'cancel':
      return cancelFiling(call, event.filingId, event.reason)
    case 'report':
      return reportFiling(call, event.filingId, event.note)
    case 'lookup':
      return lookUpInsured(call, event.insured)
    case 'coverage':
      return filingCoverage(call, event)
  }
}
