import { fail, mapOk, ok, type Result } from '@shared/result'
import { isCrossProvince } from '@shared/rules/cross-province'
import { applySupplement, mayCancel, mayChange } from '@shared/rules/filing-changes'
import { REVIEW_AFTER_CANCEL } from '@shared/rules/filing-review'
import { filingStatus } from '@shared/rules/filing-status'
import { targetFor } from '@shared/rules/filing-target'
import { materialsProblem } from '@shared/rules/material-limits'
import type { AttachedMaterial } from '@shared/schemas/filing.schema'
import type { FilingView } from '@shared/schemas/responses.schema'
import type { FilingRecord } from '../../ports/filings'
import type { Call } from '../call'
import { checkOwnFiles, materialFiles, sameFileAs } from '../own-files'
import { withHistory } from '../record-access'
import { registrationsFor } from '../registration/registration-messages'
import { changeFiling, ownVerifiedFiling } from './filing-access'
import { filingView } from './filing-view'

const view = (call: Call) => (result: Result<FilingRecord>) =>
  mapOk(result, (record) => filingView(record, call.today))

/** 承诺补充: the materials count at once (the profile says whether that makes the filing effective); staff review them. */
export const supplementFiling = async (
  call: Call,
  filingId: string,
  materials: AttachedMaterial[],
): Promise<Result<FilingView>> => {
  const owned = await checkOwnFiles(call, materialFiles(materials, 'materials'))
  if (!owned.ok) return owned
  return changeFiling(
    call,
    () => ownVerifiedFiling(call, filingId),
    async (record) => {
      const status = filingStatus(record.facts, call.today)
      if (status === 'cancelled' || status === 'expired')
        return fail({ code: 'CONFLICT', message: '该备案已撤销或已失效，不能补充材料，请重新办理备案' })
      const sameFile = await sameFileAs(call, [...record.materials, ...materials])
      const tooMany = materialsProblem(record.materials, materials, sameFile)
      if (tooMany) return fail(tooMany)
      const kinds = materials.map((material) => material.kind)
      return ok(
        withHistory(
          {
            ...record,
            facts: applySupplement(record.facts, kinds),
            materials: [...record.materials, ...materials],
            review: 'awaiting',
            underReview: [...new Set([...(record.underReview ?? []), ...kinds])],
          },
          { at: call.at, action: 'supplement', by: 'applicant' },
        ),
      )
    },
    () => [],
    (next, previous) => registrationsFor(call, next, previous),
  ).then(view(call))
}

/**
 * Costs at the filed place lock changes in some profiles (济宁 四(一)): a claim on this filing means costs. A 跨省
 * filing may be under another lock than one inside the province (赣州).
 */
const withCosts = async (call: Call, record: FilingRecord) => ({
  ...record.facts,
  crossProvince: isCrossProvince(record.draft.insuredRegion, record.draft.destination),
  costsIncurred: record.facts.costsIncurred || (await call.ports.claims.referenceFiling(record.filingId)),
})

export const changeDestination = async (
  call: Call,
  filingId: string,
  destination: string,
): Promise<Result<FilingView>> =>
  changeFiling(
    call,
    () => ownVerifiedFiling(call, filingId),
    async (record) => {
      const allowed = mayChange(await withCosts(call, record), call.today)
      if (!allowed.ok) return allowed
      const target = targetFor(record.draft.insuredRegion, destination, 'destination')
      if (!target.ok) return target
      return ok(
        withHistory(
          { ...record, draft: { ...record.draft, destination }, target: target.value },
          { at: call.at, action: 'change', by: 'applicant', note: `就医地变更为${target.value.name}` },
        ),
      )
    },
    () => [],
    (next, previous) => registrationsFor(call, next, previous),
  ).then(view(call))

export const cancelFiling = async (
  call: Call,
  filingId: string,
  reason: string,
): Promise<Result<FilingView>> =>
  changeFiling(
    call,
    () => ownVerifiedFiling(call, filingId),
    async (record) => {
      const allowed = mayCancel(await withCosts(call, record), call.today)
      if (!allowed.ok) return allowed
      return ok(
        withHistory(
          {
            ...record,
            facts: { ...record.facts, cancelled: true },
            review: REVIEW_AFTER_CANCEL[record.review],
            underReview: [],
            holdsLongTerm: false,
          },
          { at: call.at, action: 'cancel', by: 'applicant', note: reason },
        ),
      )
    },
    () => [],
    (next, previous) => registrationsFor(call, next, previous),
  ).then(view(call))
