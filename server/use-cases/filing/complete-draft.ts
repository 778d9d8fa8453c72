import { fail, ok, type Result } from '@shared/result'
import type { FilingDraft, FilingRequestDraft } from '@shared/schemas/filing.schema'
import type { Call } from '../call'
import { NOT_VERIFIED } from '../identity/acting-for'

const PATH = 'draft.insured.idNumber'

const refused = (code: 'VALIDATION' | 'FORBIDDEN', message: string) =>
  fail<never>({ code, message, path: PATH, issues: [{ path: PATH, message }] })

/**
 * 为本人办理 from a verified account: the app shows only the masked ID number, so the draft may leave it out and
 * the verified identity's is used. A draft that carries one is checked against the identity at submit as before.
 */
export const completeDraft = async (call: Call, draft: FilingRequestDraft): Promise<Result<FilingDraft>> => {
  const { idNumber } = draft.insured
  if (idNumber !== undefined) return ok({ ...draft, insured: { ...draft.insured, idNumber } })
  if (draft.relation !== 'self') return refused('VALIDATION', '请填写参保人身份证号')
  const identity = await call.ports.identities.of(call.caller)
  if (!identity) return refused('FORBIDDEN', NOT_VERIFIED)
  return ok({
    ...draft,
    insured: { ...draft.insured, idNumber: call.ports.idNumbers.open(identity.person.idNumberSealed) },
  })
}
