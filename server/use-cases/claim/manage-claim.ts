import { fail, mapOk, ok, type Result } from '@shared/result'
import { missingRequired } from '@shared/rules/claim-checklist'
import { isClaimEditable, transitionClaim } from '@shared/rules/claim-status'
import { materialsProblem } from '@shared/rules/material-limits'
import type { Invoice, Payee } from '@shared/schemas/claim-money.schema'
import type { AttachedMaterial } from '@shared/schemas/filing.schema'
import type { CheckedInvoice } from '@shared/schemas/invoice-check.schema'
import type { ClaimView } from '@shared/schemas/responses.schema'
import type { ClaimRecord } from '../../ports/claims'
import type { Call } from '../call'
import { checkOwnFiles, materialFiles, sameFileAs } from '../own-files'
import { withHistory } from '../record-access'
import { changeClaim, ownVerifiedClaim } from './claim-access'
import { claimEstimate } from './claim-estimate'
import { holdInvoices, newInvoices, sealPayee } from './claim-money'
import { claimView } from './claim-view'
import { checkInvoices } from './verify-invoices'

/** Until staff approve, the person may correct where the money goes; after, the payment is on its way. */
const PAYEE_CHANGEABLE = ['draft', 'submitted', 'in_review', 'need_more']

export const attachToClaim = async (
  call: Call,
  claimId: string,
  materials: AttachedMaterial[],
  invoices: Invoice[] = [],
): Promise<Result<ClaimView>> => {
  const owned = await checkOwnFiles(call, materialFiles(materials, 'materials'))
  if (!owned.ok) return owned
  const current = await ownVerifiedClaim(call, claimId)
  if (!current.ok) return current
  const added = newInvoices(current.value.invoices ?? [], invoices)
  const held = await holdInvoices(call, claimId, added)
  if (!held.ok) return held
  const checked = await checkInvoices(call, added)
  const changed = await changeClaim(
    call,
    () => ownVerifiedClaim(call, claimId),
    async (record) => {
      const sameFile = await sameFileAs(call, [...record.materials, ...materials])
      const tooMany = materialsProblem(record.materials, materials, sameFile)
      if (tooMany) return fail(tooMany)
      return isClaimEditable(record.status)
        ? ok(
            withHistory(
              {
                ...record,
                // A retried attach (after a reload, a timeout) adds each file once.
                materials: [
                  ...record.materials,
                  ...materials.filter(
                    (material) => !record.materials.some((had) => had.fileID === material.fileID),
                  ),
                ],
                ...withInvoices(record, newInvoices(record.invoices ?? [], checked)),
              },
              { at: call.at, action: 'attach', by: 'applicant' },
            ),
          )
        : fail({ code: 'CONFLICT', message: '报销申请已提交或已办结，不能再添加材料' })
    },
  )
  if (!changed.ok) await call.ports.claims.releaseInvoices(claimId, held.value)
  return mapOk(changed, claimView)
}

/** The invoices added, and the estimate again where a verified e-invoice may now decide its cost. */
const withInvoices = (record: ClaimRecord, added: CheckedInvoice[]) => {
  const invoices = [...(record.invoices ?? []), ...added]
  return {
    invoices,
    ...(record.estimateBasis ? { estimate: claimEstimate(record.estimateBasis, invoices) } : {}),
  }
}

const PAYEE_MISSING = {
  code: 'VALIDATION',
  message: '请填写收款账户（社会保障卡金融账户或本人银行卡），报销款将打入这个账户',
  path: 'payee',
} as const

/** Refused with every missing required material named, so the person can fix them all at once. */
export const submitClaim = async (call: Call, claimId: string, payee?: Payee): Promise<Result<ClaimView>> => {
  const changed = await changeClaim(
    call,
    () => ownVerifiedClaim(call, claimId),
    (record) => {
      const next = transitionClaim(record.status, 'submit')
      if (!next.ok) return next
      const missing = missingRequired(
        record.insuredRegion,
        record.careType,
        record.materials,
        record.injury,
        record.invoices,
      )
      if (missing.length > 0) {
        return fail({
          code: 'VALIDATION',
          message: `请先上传：${missing.map((item) => item.label).join('、')}`,
          path: 'materials',
          issues: missing.map((item) => ({ path: `materials.${item.kind}`, message: `请上传${item.label}` })),
        })
      }
      const account = payee ? sealPayee(call, payee, record.insured.name) : record.payee
      if (!account) return fail(PAYEE_MISSING)
      return ok(
        withHistory(
          { ...record, status: next.value, payee: account },
          { at: call.at, action: 'submit', by: 'applicant' },
        ),
      )
    },
  )
  return mapOk(changed, claimView)
}

export const changePayee = async (call: Call, claimId: string, payee: Payee): Promise<Result<ClaimView>> => {
  const changed = await changeClaim(
    call,
    () => ownVerifiedClaim(call, claimId),
    (record) =>
      PAYEE_CHANGEABLE.includes(record.status)
        ? ok(
            withHistory(
              { ...record, payee: sealPayee(call, payee, record.insured.name) },
              { at: call.at, action: 'change_payee', by: 'applicant' },
            ),
          )
        : fail({
            code: 'CONFLICT',
            message: '报销申请已审核通过，收款账户不能再修改；如账户有误请联系经办机构',
          }),
  )
  return mapOk(changed, claimView)
}

export const withdrawClaim = async (call: Call, claimId: string): Promise<Result<ClaimView>> => {
  const changed = await changeClaim(
    call,
    () => ownVerifiedClaim(call, claimId),
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
  // A withdrawn claim pays nothing: its invoices may go on another claim.
  if (changed.ok) await call.ports.claims.releaseInvoices(claimId)
  return mapOk(changed, claimView)
}
