import { fail, mapOk, ok, type Result } from '@shared/result'
import { missingRequired } from '@shared/rules/claim-checklist'
import { isClaimEditable, transitionClaim } from '@shared/rules/claim-status'
import { materialsProblem } from '@shared/rules/material-limits'
import type { AttachedMaterial } from '@shared/schemas/filing.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { Call } from '../call'
import { checkOwnFiles, materialFiles, sameFileAs } from '../own-files'
import { withHistory } from '../record-access'
import { changeClaim, ownClaim } from './claim-access'
import { claimView } from './claim-view'

export const attachToClaim = async (
  call: Call,
  claimId: string,
  materials: AttachedMaterial[],
): Promise<Result<ClaimView>> => {
  const owned = await checkOwnFiles(call, materialFiles(materials, 'materials'))
  if (!owned.ok) return owned
  const changed = await changeClaim(
    call,
    () => ownClaim(call, claimId),
    async (record) => {
      const sameFile = await sameFileAs(call, [...record.materials, ...materials])
      const tooMany = materialsProblem(record.materials, materials, sameFile)
      if (tooMany) return fail(tooMany)
      return isClaimEditable(record.status)
        ? ok(
            withHistory(
              { ...record, materials: [...record.materials, ...materials] },
              { at: call.at, action: 'attach', by: 'applicant' },
            ),
          )
        : fail({ code: 'CONFLICT', message: '报销申请已提交或已办结，不能再添加材料' })
    },
  )
  return mapOk(changed, claimView)
}

/** Refused with every missing required material named, so the person can fix them all at once. */
export const submitClaim = async (call: Call, claimId: string): Promise<Result<ClaimView>> => {
  const changed = await changeClaim(
    call,
    () => ownClaim(call, claimId),
    (record) => {
      const next = transitionClaim(record.status, 'submit')
      if (!next.ok) return next
      const missing = missingRequired(record.insuredRegion, record.careType, record.materials, record.injury)
      if (missing.length > 0) {
        return fail({
          code: 'VALIDATION',
          message: `请先上传：${missing.map((item) => item.label).join('、')}`,
          path: 'materials',
          issues: missing.map((item) => ({ path: `materials.${item.kind}`, message: `请上传${item.label}` })),
        })
      }
      return ok(
        withHistory({ ...record, status: next.value }, { at: call.at, action: 'submit', by: 'applicant' }),
      )
    },
  )
  return mapOk(changed, claimView)
}

export const withdrawClaim = async (call: Call, claimId: string): Promise<Result<ClaimView>> => {
  const changed = await changeClaim(
    call,
    () => ownClaim(call, claimId),
    (record) => {
      const next = transitionClaim(record.status, 'withdraw')
      return next.ok
        ? ok(
            withHistory(
              { ...record, status: next.value },
              { at: call.at, action: 'withdraw', by: 'applicant' },
            ),
          )
        : next
    },
  )
  return mapOk(changed, claimView)
}
