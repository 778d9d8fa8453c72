import { fail, ok, type Result } from '@shared/result'
import { existingFilings, identicalFilingMessage } from '@shared/rules/filing-overlap'
import { isActiveLongTerm } from '@shared/rules/filing-status'
import { materialsProblem } from '@shared/rules/material-limits'
import { planSubmission } from '@shared/rules/submission'
import type { FilingDraft } from '@shared/schemas/filing.schema'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { isSameRequest, keyReused, requestFingerprint } from '../idempotency'
import { mayActFor } from '../identity/acting-for'
import { notification } from '../notification'
import { supplementDueTitle } from '../notification-titles'
import { checkOwnFiles, materialFiles, sameFileAs } from '../own-files'
import { registrationsFor } from '../registration/registration-messages'
import { sealInsured } from '../seal-insured'
import { correctionNote } from './correction-note'
import { filingView } from './filing-view'
import { heldFilings } from './held-filings'

// One active long-term filing per person (医保发〔2022〕22号: change the filing, do not file twice).
const LONG_TERM_TAKEN = fail<never>({
  code: 'CONFLICT',
  message:
    '该参保人已有一份生效中的长期备案（异地安置、长期居住或常驻工作），如需更换就医地请变更或撤销原备案',
})

/**
 * Submit is idempotent by (caller, idempotencyKey): a repeat returns the first filing and writes nothing; the
 * key with another draft (the destination edited after a timeout) is another request and is refused.
 */
export const submitFiling = async (
  call: Call,
  draft: FilingDraft,
  idempotencyKey: string,
): Promise<Result<FilingView>> => {
  const { filings, ids } = call.ports
  const requestHash = requestFingerprint(draft)
  const insured = sealInsured(call, draft.insured)
  const earlier = () => filings.byKey(call.caller, idempotencyKey)
  const twinOrTaken = (twin: FilingRecord | undefined): Result<FilingView> => {
    if (!twin) return LONG_TERM_TAKEN
    return isSameRequest(twin, requestHash, insured.idHash)
      ? ok(filingView(twin, call.today))
      : keyReused('备案')
  }
  const existing = await earlier()
  if (existing) return twinOrTaken(existing)

  const plan = planSubmission(draft, call.today)
  if (!plan.ok) return plan
  // Before any lookup by the person, so a stranger learns nothing of them (not even that a filing exists).
  const capacity = await mayActFor(call, insured.idHash, draft.relation, 'draft.insured.idNumber')
  if (!capacity.ok) return capacity
  const files = [
    ...materialFiles(draft.materials ?? [], 'draft.materials'),
    ...(draft.commitment.signatureFileID
      ? [{ fileID: draft.commitment.signatureFileID, path: 'draft.commitment.signatureFileID' }]
      : []),
  ]
  const owned = await checkOwnFiles(call, files)
  if (!owned.ok) return owned
  const attached = draft.materials ?? []
  const tooMany = materialsProblem([], attached, await sameFileAs(call, attached))
  if (tooMany) return fail(tooMany)

  const { facts, quote } = plan.value
  const identical = existingFilings(
    {
      filingType: facts.filingType,
      targetCode: quote.target.code,
      validFrom: facts.validFrom,
      validUntil: facts.validUntil,
    },
    await heldFilings(call, insured.idHash),
    call.today,
  ).find((filing) => filing.identical)
  if (identical) return fail({ code: 'CONFLICT', message: identicalFilingMessage(identical) })
  const holdsLongTerm = isActiveLongTerm(facts, call.today)
  if (holdsLongTerm && !(await releaseLapsedHolder(call, insured.idHash))) return twinOrTaken(await earlier())

  const { insured: _plain, materials, ...rest } = draft
  const record: FilingRecord = {
    filingId: ids.next('fl'),
    owner: call.caller,
    idempotencyKey,
    requestHash,
    version: 1,
    createdAt: call.at,
    updatedAt: call.at,
    insured,
    draft: rest,
    profile: quote.profile,
    target: quote.target,
    facts,
    materials: materials ?? [],
    notices: quote.notices,
    review: 'none',
    holdsLongTerm,
    history: [
      {
        at: call.at,
        action: 'submit',
        by: capacity.value,
        ...(draft.correction ? { note: correctionNote(draft.correction) } : {}),
      },
    ],
  }
  const view = filingView(record, call.today)
  // 承诺补充: the deadline reminder is written with the filing, so it cannot be lost between the two.
  const reminders =
    facts.supplementDeadline && facts.outstandingMaterials.length > 0
      ? [
          {
            ...notification(call, call.caller, 'supplement_deadline', {
              recordId: record.filingId,
              title: supplementDueTitle(facts.outstandingMaterials),
              status: view.status,
              deadline: facts.supplementDeadline,
            }),
            // The person is reading the result page: their one-time acceptance is kept for the deadline reminders.
            inAppOnly: true as const,
          },
        ]
      : []
  const outcome = await filings.add(record, reminders, registrationsFor(call, record))
  // Lost a race: the twin request (same key) or another long-term filing got in first.
  return outcome === 'added' ? ok(view) : twinOrTaken(await earlier())
}

/**
 * Expiry is computed, so the stored long-term flag can outlive the filing's validity; a holder that is no
 * longer active gives the flag up here (compare-and-set) before the unique index is asked again.
 */
const releaseLapsedHolder = async (call: Call, idHash: string): Promise<boolean> => {
  const holder = await call.ports.filings.longTermHolder(idHash)
  if (!holder) return true
  if (isActiveLongTerm(holder.facts, call.today)) return false
  await call.ports.filings.replace({ ...holder, holdsLongTerm: false, updatedAt: call.at }, holder.version)
  return true
}
